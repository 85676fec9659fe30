package dev.handbook.render;

import dev.handbook.render.highlight.Highlighter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Fenced code as commonmark-java writes it ({@code <pre><code class="language-rust">}), with the code
 * coloured by a {@link Highlighter}: the same HTML once the token spans are taken out, so the page still
 * matches GitHub's. A language the highlighter does not know is written as plain escaped text.
 */
final class HighlightedCode implements HtmlRenderer.HtmlRendererExtension {
    private final Highlighter highlighter;

    HighlightedCode(Highlighter highlighter) {
        this.highlighter = highlighter;
    }

    /** A fence's language: the info string's first word, as commonmark-java takes it for the class. */
    static String language(FencedCodeBlock block) {
        String info = block.getInfo();
        if (info == null || info.isEmpty()) {
            return "";
        }
        int space = info.indexOf(' ');
        return space < 0 ? info : info.substring(0, space);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(context -> new CodeRenderer(context, highlighter));
    }

    private static final class CodeRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final Highlighter highlighter;

        CodeRenderer(HtmlNodeRendererContext context, Highlighter highlighter) {
            this.context = context;
            this.html = context.getWriter();
            this.highlighter = highlighter;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(FencedCodeBlock.class);
        }

        @Override
        public void render(Node node) {
            FencedCodeBlock block = (FencedCodeBlock) node;
            String language = language(block);
            Map<String, String> attributes = new LinkedHashMap<>();
            if (!language.isEmpty()) {
                attributes.put("class", "language-" + language);
            }
            String coloured = language.isEmpty() ? null : highlighter.highlight(language, block.getLiteral());
            html.line();
            html.tag("pre", context.extendAttributes(node, "pre", Map.of()));
            html.tag("code", context.extendAttributes(node, "code", attributes));
            if (coloured == null) {
                html.text(block.getLiteral());
            } else {
                html.raw(coloured);
            }
            html.tag("/code");
            html.tag("/pre");
            html.line();
        }
    }
}
