package dev.handbook.render;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.Heading;
import dev.handbook.model.Markdown;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * The one walk over a parsed page before it is rendered: gives headings their ids, decides link and image
 * destinations, and applies GitHub's tag filter to raw HTML. For publishing it also enforces the URL
 * policy and warns about raw HTML the sanitiser will remove; {@link #renderer()} does none of that, so the
 * renderer alone can be compared with cmark-gfm.
 */
final class TreePass extends AbstractVisitor {
    private final Markdown markdown;
    private final LinkResolver links;
    private final GithubSlugger slugger;
    private final Diagnostics diagnostics;
    /** Null for the renderer alone: no URL policy, no warnings. */
    private final HtmlSanitizer sanitizer;
    private final boolean urlPolicy;

    final Map<Node, String> headingIds = new HashMap<>();
    final List<Heading> headings = new ArrayList<>();
    boolean hasRawHtml;

    private TreePass(Markdown markdown, LinkResolver links, GithubSlugger slugger, Diagnostics diagnostics,
            HtmlSanitizer sanitizer, boolean urlPolicy) {
        this.markdown = markdown;
        this.links = links;
        this.slugger = slugger;
        this.diagnostics = diagnostics;
        this.sanitizer = sanitizer;
        this.urlPolicy = urlPolicy;
    }

    /**
     * For a published page: the URL policy always applies; {@code sanitizer} is null when the handbook
     * trusts its raw HTML, else it names what it will remove.
     */
    static TreePass published(Markdown markdown, LinkResolver links, GithubSlugger slugger, Diagnostics diagnostics,
            HtmlSanitizer sanitizer) {
        return new TreePass(markdown, links, slugger, diagnostics, sanitizer, true);
    }

    /** The renderer alone, like {@code cmark-gfm --unsafe}: destinations as written, nothing reported. */
    static TreePass renderer(String source) {
        return new TreePass(new Markdown(source, SourcePosition.of("-")), LinkResolver.AS_WRITTEN,
                new GithubSlugger(), new Diagnostics(), null, false);
    }

    @Override
    public void visit(Link link) {
        visitChildren(link);
        String url = destination(link.getDestination(), false, link);
        if (url == null) {
            unwrap(link);
        } else {
            link.setDestination(url);
        }
    }

    @Override
    public void visit(Image image) {
        visitChildren(image);
        String url = destination(image.getDestination(), true, image);
        if (url == null) {
            unwrap(image);
        } else {
            image.setDestination(url);
        }
    }

    /** Replaces a link or image whose URL was refused by its text, so nothing points anywhere. */
    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    @Override
    public void visit(org.commonmark.node.Heading heading) {
        String text = plainText(heading);
        String id = slugger.slug(text);
        headingIds.put(heading, id);
        headings.add(new Heading(heading.getLevel(), id, text));
        visitChildren(heading);
    }

    @Override
    public void visit(HtmlBlock block) {
        block.setLiteral(raw(block.getLiteral(), block));
    }

    @Override
    public void visit(HtmlInline inline) {
        inline.setLiteral(raw(inline.getLiteral(), inline));
    }

    private String destination(String url, boolean image, Node node) {
        SourcePosition at = position(markdown, node);
        if (urlPolicy && !UrlPolicy.isAllowed(url, image)) {
            diagnostics.warning(at, "removed a " + UrlPolicy.scheme(url) + ": URL from a "
                    + (image ? "image" : "link"), "only http(s) and mailto links, and http(s) or data:image"
                    + " images, are published");
            return null;
        }
        return links.resolve(url, image, at);
    }

    private String raw(String literal, Node node) {
        hasRawHtml = true;
        if (urlPolicy) {
            // Its URLs are checked and published like a Markdown link's, each located where it is written.
            SourcePosition at = position(markdown, node);
            String written = literal;
            literal = RawHtmlLinks.resolve(written, sanitizer == null, (url, image, offset) -> links.resolve(url, image,
                    within(at, written, offset)));
        }
        if (sanitizer != null) {
            for (String removed : sanitizer.removals(literal)) {
                diagnostics.warning(position(markdown, node), "removed " + removed + " from raw HTML",
                        "raw HTML is limited to safe formatting; set 'trusted_html: true' in handbook.yml"
                                + " only if every contributor is trusted");
            }
        }
        return TagFilter.apply(literal);
    }

    /** Where the character at {@code offset} of a raw HTML {@code literal} that starts {@code at} stands. */
    private SourcePosition within(SourcePosition at, String literal, int offset) {
        if (at.line() == 0) {
            return at;
        }
        int lineStart = literal.lastIndexOf('\n', offset - 1) + 1;
        int lines = (int) literal.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        int column = lines == 0 ? at.column() + offset : markdown.indent() + offset - lineStart + 1;
        return new SourcePosition(at.file(), at.line() + lines, column);
    }

    /** The text a heading's id is made from: its text and code, without markup (as GitHub does). */
    static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }
        });
        return out.toString();
    }

    /** Where a node starts in its file: the Markdown's own start plus the node's span inside it. */
    static SourcePosition position(Markdown markdown, Node node) {
        SourcePosition start = markdown.start();
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty() || start.line() == 0) {
            return start;
        }
        SourceSpan span = spans.get(0);
        int line = start.line() + span.getLineIndex();
        int column = span.getLineIndex() == 0 ? start.column() + span.getColumnIndex()
                : markdown.indent() + span.getColumnIndex() + 1;
        return new SourcePosition(start.file(), line, column);
    }
}
