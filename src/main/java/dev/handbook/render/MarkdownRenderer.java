package dev.handbook.render;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.Heading;
import dev.handbook.model.Markdown;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown as GitHub renders it: commonmark-java with the GFM extensions (tables, task lists,
 * strikethrough with one or two tildes, extended autolinks, footnotes), GitHub's tag filter, alerts and
 * heading ids. Links go through a {@link LinkResolver}; raw HTML through the {@link HtmlSanitizer} unless
 * the handbook trusts its contributors. Built once, used for every page (thread-safe).
 */
public final class MarkdownRenderer {
    private static final Pattern ID_ATTRIBUTE = Pattern.compile(" id=\"([^\"]+)\"");

    private final List<Extension> extensions = List.of(TablesExtension.create(),
            StrikethroughExtension.builder().requireTwoTildes(false).build(), AutolinkExtension.create(),
            TaskListItemsExtension.create(), FootnotesExtension.create(), new Alerts());
    private final Parser parser = Parser.builder().extensions(extensions)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final boolean trustedHtml;

    /** @param trustedHtml publish raw HTML as written (only for handbooks whose every contributor is trusted) */
    public MarkdownRenderer(boolean trustedHtml) {
        this.trustedHtml = trustedHtml;
    }

    /** Renders a page body. {@code reservedIds} are ids the page template uses, so headings avoid them. */
    public RenderedMarkdown render(Markdown markdown, LinkResolver links, Set<String> reservedIds,
            Diagnostics diagnostics) {
        Document document = parse(markdown, diagnostics);
        GithubSlugger slugger = new GithubSlugger();
        slugger.reserve(reservedIds);
        Prepared prepared = prepare(document, markdown, links, slugger, diagnostics);
        String html = htmlRenderer(prepared.headingIds, false).render(document);
        if (prepared.hasRawHtml && !trustedHtml) {
            html = sanitizer.clean(html);
        }
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = ID_ATTRIBUTE.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return new RenderedMarkdown(html, ids, prepared.headings);
    }

    /**
     * Renders a one-paragraph text field (an item, an outcome) without the surrounding {@code <p>}.
     * Block syntax (a list, a heading) is an error there, located at the field.
     */
    public String renderInline(Markdown markdown, LinkResolver links, Diagnostics diagnostics) {
        if (markdown.isBlank()) {
            return "";
        }
        Document document = parse(markdown, diagnostics);
        Node first = document.getFirstChild();
        if (!(first instanceof Paragraph) || first.getNext() != null) {
            diagnostics.error(markdown.start(), "this text must be a single line of inline Markdown, but it reads as "
                    + describe(first), "escape the leading character with a backslash, e.g. '\\1.' or '\\#'");
        }
        Prepared prepared = prepare(document, markdown, links, new GithubSlugger(), diagnostics);
        String html = htmlRenderer(prepared.headingIds, true).render(document).strip();
        return prepared.hasRawHtml && !trustedHtml ? sanitizer.clean(html) : html;
    }

    /** The words of a one-line Markdown text, without markup or link targets: for the search index. */
    public String plainText(Markdown markdown) {
        if (markdown.isBlank()) {
            return "";
        }
        // Line breaks inside the text read as spaces: replace them before parsing, so words stay apart.
        return plainText(parser.parse(markdown.source().replace('\n', ' '))).replaceAll("\\s+", " ").strip();
    }

    /** The renderer alone, before sanitising and without link rewriting: for comparison with cmark-gfm. */
    public String renderUnsafe(String markdown) {
        Document document = (Document) parser.parse(markdown);
        Prepared prepared = prepare(document, new Markdown(markdown, SourcePosition.of("-")), LinkResolver.AS_WRITTEN,
                new GithubSlugger(), new Diagnostics());
        return htmlRenderer(prepared.headingIds, false).render(document);
    }

    private Document parse(Markdown markdown, Diagnostics diagnostics) {
        return (Document) parser.parse(markdown.source());
    }

    private HtmlRenderer htmlRenderer(Map<Node, String> headingIds, boolean inline) {
        return HtmlRenderer.builder().extensions(extensions).percentEncodeUrls(true).omitSingleParagraphP(inline)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    String id = headingIds.get(node);
                    if (id != null) {
                        attributes.put("id", id);
                    }
                }).build();
    }

    private static String describe(Node node) {
        if (node == null) {
            return "nothing";
        }
        String name = node.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return "a " + name;
    }

    /** What one walk over the tree found and changed. */
    private static final class Prepared {
        final Map<Node, String> headingIds = new HashMap<>();
        final List<Heading> headings = new ArrayList<>();
        boolean hasRawHtml;
    }

    private Prepared prepare(Document document, Markdown markdown, LinkResolver links, GithubSlugger slugger,
            Diagnostics diagnostics) {
        Prepared prepared = new Prepared();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                link.setDestination(destination(link.getDestination(), false, link));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                image.setDestination(destination(image.getDestination(), true, image));
                visitChildren(image);
            }

            @Override
            public void visit(org.commonmark.node.Heading heading) {
                String text = plainText(heading);
                String id = slugger.slug(text);
                prepared.headingIds.put(heading, id);
                prepared.headings.add(new Heading(heading.getLevel(), id, text));
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
                if (!UrlPolicy.isAllowed(url, image)) {
                    diagnostics.warning(at, "removed a " + UrlPolicy.scheme(url) + ": URL from a "
                            + (image ? "image" : "link"), "only http(s) and mailto links, and http(s) or data:image"
                            + " images, are published");
                    return "";
                }
                return links.resolve(url, image, at);
            }

            private String raw(String literal, Node node) {
                prepared.hasRawHtml = true;
                if (!trustedHtml) {
                    for (String removed : sanitizer.removals(literal)) {
                        diagnostics.warning(position(markdown, node), "removed " + removed + " from raw HTML",
                                "raw HTML is limited to safe formatting; set 'trusted_html: true' in handbook.yml"
                                        + " only if every contributor is trusted");
                    }
                }
                return TagFilter.apply(literal);
            }
        });
        return prepared;
    }

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
        int column = span.getLineIndex() == 0 ? start.column() + span.getColumnIndex() : span.getColumnIndex() + 1;
        return new SourcePosition(start.file(), line, column);
    }
}
