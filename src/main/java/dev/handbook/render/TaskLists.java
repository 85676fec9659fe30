package dev.handbook.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Task list items as cmark-gfm finds them: a list item whose first line starts with {@code [ ]}, {@code [x]}
 * or {@code [X]} and then a space or tab. commonmark-java's own rule differs at the edges: it also takes a
 * tab inside the brackets ({@code [\t]}), and it misses an empty task ({@code - [ ] } with nothing after
 * the space), which a checklist draft often has. The markup is commonmark-java's (its renderer is reused).
 */
final class TaskLists implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private static final Pattern MARKER = Pattern.compile("\\[([ xX])][ \\t]+(.*)", Pattern.DOTALL);
    private static final Pattern BARE_MARKER = Pattern.compile("\\[([ xX])]");
    private final HtmlRenderer.HtmlRendererExtension markup =
            (HtmlRenderer.HtmlRendererExtension) TaskListItemsExtension.create();

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessor(new Finder());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        markup.extend(builder);
    }

    private static final class Finder implements PostProcessor {
        @Override
        public Node process(Node document) {
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(ListItem item) {
                    if (item.getFirstChild() instanceof Paragraph paragraph
                            && paragraph.getFirstChild() instanceof Text text) {
                        mark(item, paragraph, text);
                    }
                    visitChildren(item);
                }
            });
            return document;
        }

        private static void mark(ListItem item, Paragraph paragraph, Text text) {
            Matcher m = MARKER.matcher(text.getLiteral());
            if (m.matches()) {
                item.prependChild(new TaskListItemMarker(!m.group(1).equals(" ")));
                text.setLiteral(m.group(2));
                return;
            }
            // "- [ ] " alone on its line: the paragraph dropped the trailing space, its source span kept it.
            Matcher bare = BARE_MARKER.matcher(text.getLiteral());
            Node after = text.getNext();
            boolean lineEnds = after == null || after instanceof SoftLineBreak || after instanceof HardLineBreak;
            if (bare.matches() && lineEnds && spaceFollows(paragraph)) {
                item.prependChild(new TaskListItemMarker(!bare.group(1).equals(" ")));
                text.unlink();
                if (after != null) {
                    after.unlink();
                }
            }
        }

        private static boolean spaceFollows(Paragraph paragraph) {
            return !paragraph.getSourceSpans().isEmpty()
                    && paragraph.getSourceSpans().get(0).getLength() > "[ ]".length();
        }
    }
}
