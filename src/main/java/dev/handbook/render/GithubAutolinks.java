package dev.handbook.render;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;

/**
 * GitHub's extended autolinks, found where cmark-gfm finds them ({@link AutolinkScanner}). Replaces
 * commonmark-java's autolink extension, whose link finder (autolink-java) follows its own rules rather than
 * GFM's: it ends {@code www.a.com/x)y} at the {@code )}, keeps {@code &hl} of a trailing {@code &hl;}, and
 * links {@code a@b.c_} without its {@code _} where GitHub links nothing (GFM spec examples 625, 626 and 631).
 * Works on the parsed text, like that extension: a link GitHub finds across emphasis or an entity (it scans
 * the source) stays a known difference.
 */
final class GithubAutolinks implements Parser.ParserExtension {
    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessor(document -> {
            document.accept(new Linker());
            return document;
        });
    }

    private static final class Linker extends AbstractVisitor {
        /** The block or table cell whose text is being read, and the {@code [} left open in it so far. */
        private Node container;
        private int bracketsOpen;

        @Override
        public void visit(Link link) {
            // Already a link: nothing inside becomes one.
        }

        @Override
        public void visit(Image image) {
            // Its text is the image's alt text, which stays plain.
        }

        @Override
        public void visit(Text text) {
            Node block = container(text);
            if (block != container) {
                container = block;
                bracketsOpen = 0;
            }
            List<AutolinkScanner.Found> links = find(text.getLiteral(), openAtStart(text));
            if (!links.isEmpty()) {
                replace(text, links);
            }
        }

        /**
         * The links in one text: web links first (GitHub finds them while parsing, and a {@code [} inside one
         * opens no bracket), then e-mail addresses between them.
         */
        private List<AutolinkScanner.Found> find(String text, boolean openAtStart) {
            List<AutolinkScanner.Found> found = new ArrayList<>();
            int from = 0;
            AutolinkScanner.Found web;
            while ((web = AutolinkScanner.nextWebLink(text, from, openAtStart, bracketsOpen)) != null) {
                countBrackets(text, from, web.start());
                emails(text, from, web.start(), found);
                found.add(web);
                from = web.end();
            }
            countBrackets(text, from, text.length());
            emails(text, from, text.length(), found);
            return found;
        }

        private void countBrackets(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                bracketsOpen = AutolinkScanner.bracketDepth(bracketsOpen, text.charAt(i));
            }
        }
    }

    private static void emails(String text, int from, int to, List<AutolinkScanner.Found> found) {
        AutolinkScanner.Found email;
        int start = from;
        while ((email = AutolinkScanner.nextEmail(text, start, to)) != null) {
            found.add(email);
            start = email.end();
        }
    }

    /** The node whose inline content GitHub parses as one text: the nearest block, or a table's cell. */
    private static Node container(Node node) {
        Node parent = node.getParent();
        while (parent != null && !(parent instanceof Block) && !(parent instanceof TableCell)) {
            parent = parent.getParent();
        }
        return parent;
    }

    /**
     * Whether the source character before this text lets a {@code www.} link start: a line start or break, or an
     * emphasis or strikethrough delimiter; not the {@code )} of a link or the backtick of a code span.
     */
    private static boolean openAtStart(Text text) {
        Node before = text.getPrevious();
        if (before == null) {
            return true;
        }
        return before instanceof SoftLineBreak || before instanceof HardLineBreak || before instanceof Emphasis
                || before instanceof StrongEmphasis || before instanceof Strikethrough;
    }

    private static void replace(Text text, List<AutolinkScanner.Found> links) {
        String literal = text.getLiteral();
        List<SourceSpan> spans = text.getSourceSpans();
        SourceSpan span = spans.size() == 1 ? spans.get(0) : null;
        Node last = text;
        int at = 0;
        for (AutolinkScanner.Found found : links) {
            if (found.start() > at) {
                last = insertAfter(last, text(literal, at, found.start(), span));
            }
            Text label = text(literal, found.start(), found.end(), span);
            Link link = new Link(found.destination(), null);
            link.appendChild(label);
            link.setSourceSpans(label.getSourceSpans());
            last = insertAfter(last, link);
            at = found.end();
        }
        if (at < literal.length()) {
            insertAfter(last, text(literal, at, literal.length(), span));
        }
        text.unlink();
    }

    private static Text text(String literal, int from, int to, SourceSpan span) {
        Text text = new Text(literal.substring(from, to));
        if (span != null && to <= span.getLength()) {
            text.addSourceSpan(span.subSpan(from, to));
        }
        return text;
    }

    private static Node insertAfter(Node previous, Node node) {
        previous.insertAfter(node);
        return node;
    }
}
