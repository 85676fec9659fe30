package dev.handbook.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * GitHub's alerts: a block quote whose first line is only {@code [!NOTE]}, {@code [!TIP]},
 * {@code [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]} renders as
 * {@code <div class="markdown-alert markdown-alert-note">} with a title paragraph led by the type's Octicon,
 * as on github.com (less the {@code dir="auto"} GitHub puts on every paragraph). No alerts extension for
 * commonmark-java is published, so this is ours. The icons are GitHub's (alert-icons.properties).
 */
final class Alerts implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private static final Pattern MARKER = Pattern.compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\]\\s*",
            Pattern.CASE_INSENSITIVE);
    /** GitHub's titles, which `handbook render` writes; a site's are the theme's words in its language. */
    static final Map<String, String> TITLES = Map.of("note", "Note", "tip", "Tip", "important",
            "Important", "warning", "Warning", "caution", "Caution");
    private static final Properties ICONS = icons();

    private static Properties icons() {
        Properties icons = new Properties();
        try (InputStream in = Alerts.class.getResourceAsStream("alert-icons.properties")) {
            icons.load(new InputStreamReader(Objects.requireNonNull(in, "alert-icons.properties"),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String type : TITLES.keySet()) {
            Objects.requireNonNull(icons.getProperty(type), () -> "alert-icons.properties lacks " + type);
        }
        return icons;
    }

    private final Map<String, String> titles;

    /** @param titles each type's title: note, tip, important, warning and caution */
    Alerts(Map<String, String> titles) {
        for (String type : TITLES.keySet()) {
            Objects.requireNonNull(titles.get(type), () -> "no title for alerts of type " + type);
        }
        this.titles = Map.copyOf(titles);
    }

    /** The alert block; its children are the quote's content without the marker line. */
    static final class Alert extends CustomBlock {
        final String type;

        Alert(String type) {
            this.type = type;
        }
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessor(new Transform());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(context -> new AlertRenderer(context, titles));
    }

    private static final class Transform implements PostProcessor {
        @Override
        public Node process(Node document) {
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(BlockQuote quote) {
                    visitChildren(quote);
                    Node first = quote.getFirstChild();
                    if (first instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Text text) {
                        Node after = text.getNext();
                        Matcher m = MARKER.matcher(text.getLiteral());
                        boolean alone = after == null || after instanceof SoftLineBreak
                                || after instanceof HardLineBreak;
                        if (m.matches() && alone) {
                            replace(quote, paragraph, text, after, m.group(1).toLowerCase(Locale.ROOT));
                        }
                    }
                }
            });
            return document;
        }

        private static void replace(BlockQuote quote, Paragraph paragraph, Text marker, Node lineBreak,
                String type) {
            Alert alert = new Alert(type);
            alert.setSourceSpans(quote.getSourceSpans());
            marker.unlink();
            if (lineBreak != null) {
                lineBreak.unlink();
            }
            if (paragraph.getFirstChild() == null) {
                paragraph.unlink();
            }
            Node child = quote.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                alert.appendChild(child);
                child = next;
            }
            quote.insertBefore(alert);
            quote.unlink();
        }
    }

    private static final class AlertRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final Map<String, String> titles;

        AlertRenderer(HtmlNodeRendererContext context, Map<String, String> titles) {
            this.context = context;
            this.html = context.getWriter();
            this.titles = titles;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Alert.class);
        }

        @Override
        public void render(Node node) {
            Alert alert = (Alert) node;
            html.line();
            html.tag("div", Map.of("class", "markdown-alert markdown-alert-" + alert.type));
            html.line();
            html.tag("p", Map.of("class", "markdown-alert-title"));
            icon(alert.type);
            html.text(titles.get(alert.type));
            html.tag("/p");
            html.line();
            Node child = alert.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            html.line();
            html.tag("/div");
            html.line();
        }

        /** GitHub's markup for an Octicon; decorative, so hidden from screen readers (the title says it). */
        private void icon(String type) {
            String[] nameAndPath = ICONS.getProperty(type).split(" ", 2);
            Map<String, String> svg = new LinkedHashMap<>();
            svg.put("class", "octicon octicon-" + nameAndPath[0] + " mr-2");
            svg.put("viewBox", "0 0 16 16");
            svg.put("version", "1.1");
            svg.put("width", "16");
            svg.put("height", "16");
            svg.put("aria-hidden", "true");
            html.tag("svg", svg);
            html.tag("path", Map.of("d", nameAndPath[1]));
            html.tag("/path");
            html.tag("/svg");
        }
    }
}
