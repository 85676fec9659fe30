package dev.handbook.render;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Puts two renderers' HTML into one canonical form, so that only differences a browser would show remain.
 * Both sides are parsed as a browser parses them (jsoup's HTML5 parser: entities decoded, {@code <br />}
 * and {@code <br>} alike, {@code disabled} and {@code disabled=""} alike), then written out with sorted
 * attributes, canonical escaping, and whitespace collapsed outside {@code <pre>} and trimmed beside block
 * elements (as the CommonMark spec's own test normaliser does). Heading ids are dropped: cmark-gfm has
 * none; github.com adds them afterwards (ours are tested on their own).
 */
final class HtmlNormalizer {
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body",
            "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4",
            "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu",
            "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "pre", "section", "source",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul", "script",
            "style", "textarea");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");

    private HtmlNormalizer() {}

    /** Parses a fragment the way a browser would, into a body that {@link #serialize} can print. */
    static Element parse(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        return document.body();
    }

    static String normalize(String html) {
        return serialize(parse(html));
    }

    /** The canonical text of {@code body}'s children. */
    static String serialize(Element body) {
        StringBuilder out = new StringBuilder();
        children(body, out, false);
        return out.toString();
    }

    private static void children(Element parent, StringBuilder out, boolean pre) {
        List<Node> nodes = parent.childNodes();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (node instanceof TextNode text) {
                String value = text.getWholeText();
                if (!pre) {
                    value = SPACES.matcher(value).replaceAll(" ");
                    if (i == 0 ? isBlock(parent) : isBlock(nodes.get(i - 1))) {
                        value = value.stripLeading();
                    }
                    if (i == nodes.size() - 1 ? isBlock(parent) : isBlock(nodes.get(i + 1))) {
                        value = value.stripTrailing();
                    }
                }
                out.append(escape(value, false));
            } else if (node instanceof DataNode data) {
                out.append(data.getWholeData());
            } else if (node instanceof Comment comment) {
                out.append("<!--").append(comment.getData()).append("-->");
            } else if (node instanceof Element element) {
                element(element, out, pre);
            }
        }
    }

    private static void element(Element element, StringBuilder out, boolean pre) {
        String name = element.normalName();
        out.append('<').append(name);
        element.attributes().asList().stream()
                .filter(a -> !(HEADINGS.contains(name) && a.getKey().equals("id")))
                .sorted(Comparator.comparing(Attribute::getKey))
                .forEach(a -> out.append(' ').append(a.getKey()).append("=\"").append(escape(a.getValue(), true))
                        .append('"'));
        out.append('>');
        if (VOID.contains(name)) {
            return;
        }
        children(element, out, pre || name.equals("pre") || name.equals("textarea"));
        out.append("</").append(name).append('>');
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element e && BLOCKS.contains(e.normalName());
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\u00a0' -> out.append("&nbsp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
