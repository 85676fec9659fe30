package dev.handbook.render;

import dev.handbook.diag.Diagnostics;
import dev.handbook.model.Markdown;
import dev.handbook.render.highlight.Highlighter;
import dev.handbook.render.highlight.LexerHighlighter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown as GitHub renders it: commonmark-java with the GFM extensions (tables, task lists,
 * strikethrough with one or two tildes, extended autolinks, footnotes), GitHub's tag filter, alerts and
 * heading ids, and fenced code coloured at build time ({@link HighlightedCode}). Links go through a
 * {@link LinkResolver}; raw HTML through the {@link HtmlSanitizer} unless
 * the handbook trusts its contributors. Built once, used for every page (thread-safe).
 */
public final class MarkdownRenderer {
    /**
     * Text that Markdown leaves as it is: starts with a letter, one line, single spaces, and no character
     * that could start markup, an entity, an autolink (':', '@', "www.") or a list or heading.
     */
    static boolean isPlainText(String text) {
        // A scan, not a regular expression: the equivalent pattern recursed once per character and was a
        // tenth of a 1,000-page build's samples.
        if (text.isEmpty() || text.contains("www.") || !Character.isLetter(text.codePointAt(0))) {
            return false;
        }
        for (int i = Character.charCount(text.codePointAt(0)); i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = Character.isLetter(c) || isNumber(c) || ",.;'\"()?/".indexOf(c) >= 0
                    || (c == ' ' && i + 1 < text.length() && text.charAt(i + 1) != ' ' && allowedAfterSpace(text, i + 1));
            if (!allowed) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** What may follow a space: anything but whitespace (the next step checks it is an allowed character). */
    private static boolean allowedAfterSpace(String text, int at) {
        char next = text.charAt(at);
        return next != '\t' && next != '\n' && next != '\u000B' && next != '\f' && next != '\r';
    }

    /** {@code \\p{N}}: decimal digits, letter numbers (Roman numerals) and other numbers (superscripts). */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
    /** Stateless and thread-safe, so one serves every renderer. */
    private static final Highlighter HIGHLIGHTER = new LexerHighlighter();
    private static final Pattern ID_ATTRIBUTE = Pattern.compile(" id=\"([^\"]+)\"");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /**
     * The words Markdown adds to a text, in the site's language: the titles of GitHub's alerts by type, and
     * the label of a footnote's link back ({ref} is the reference's number).
     */
    public record Words(Map<String, String> alertTitles, String footnoteBack) {
        /** GitHub's own, in English. */
        public static final Words GITHUB = new Words(Alerts.TITLES, FootnoteBackrefs.GITHUB_LABEL);
    }

    private final List<Extension> extensions;
    private final Parser parser;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final boolean trustedHtml;
    private final Words words;

    /** @param trustedHtml publish raw HTML as written (only for handbooks whose every contributor is trusted) */
    public MarkdownRenderer(boolean trustedHtml) {
        this(trustedHtml, Words.GITHUB);
    }

    /** @param words the words Markdown adds, in the language of the site */
    public MarkdownRenderer(boolean trustedHtml, Words words) {
        this.trustedHtml = trustedHtml;
        this.words = words;
        this.extensions = List.of(TablesExtension.create(),
                StrikethroughExtension.builder().requireTwoTildes(false).build(), new GithubAutolinks(),
                new TaskLists(), FootnotesExtension.create(), new Alerts(words.alertTitles()), new ListItemBlankLines(),
                new HighlightedCode(HIGHLIGHTER));
        this.parser = Parser.builder().extensions(extensions).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
    }

    /** Renders a page body. {@code reservedIds} are ids the page template uses, so headings avoid them. */
    public RenderedMarkdown render(Markdown markdown, LinkResolver links, Set<String> reservedIds,
            Diagnostics diagnostics) {
        Document document = parse(markdown.source());
        GithubSlugger slugger = new GithubSlugger();
        slugger.reserve(reservedIds);
        TreePass pass = TreePass.published(markdown, links, slugger, diagnostics, trustedHtml ? null : sanitizer);
        document.accept(pass);
        String html = FootnoteBackrefs.labelled(htmlRenderer(pass.headingIds, false).render(document),
                words.footnoteBack());
        if (pass.hasRawHtml && !trustedHtml) {
            html = sanitizer.clean(html);
        }
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = ID_ATTRIBUTE.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return new RenderedMarkdown(html, ids, pass.headings);
    }

    /**
     * Renders a one-paragraph text field (an item, an outcome) without the surrounding {@code <p>}.
     * Block syntax (a list, a heading) is an error there, located at the field.
     */
    public String renderInline(Markdown markdown, LinkResolver links, Diagnostics diagnostics) {
        if (markdown.isBlank()) {
            return "";
        }
        if (isPlainText(markdown.source())) {
            // Most item texts are plain words: the same HTML as a parse, at a fraction of the cost.
            return markdown.source().replace("&", "&amp;").replace("\"", "&quot;");
        }
        Document document = parse(markdown.source());
        Node first = document.getFirstChild();
        if (!(first instanceof Paragraph) || first.getNext() != null) {
            diagnostics.error(markdown.start(), "this text must be a single line of inline Markdown, but it reads as "
                    + describe(first), "escape the leading character with a backslash, e.g. '\\1.' or '\\#'");
        }
        TreePass pass = TreePass.published(markdown, links, new GithubSlugger(), diagnostics,
                trustedHtml ? null : sanitizer);
        document.accept(pass);
        String html = htmlRenderer(pass.headingIds, true).render(document).strip();
        return pass.hasRawHtml && !trustedHtml ? sanitizer.clean(html) : html;
    }

    /**
     * A checklist item's detail: one paragraph renders inline, as {@link #renderInline} does; lists, code
     * blocks and several paragraphs render as blocks, with their first paragraph apart (what a worksheet shows
     * of a long detail). A heading is an error there: it would join the page's outline.
     */
    public Detail renderDetail(Markdown markdown, LinkResolver links, Diagnostics diagnostics) {
        if (markdown.isBlank()) {
            return Detail.NONE;
        }
        Document document = isPlainText(markdown.source()) ? null : parse(markdown.source());
        if (document == null || document.getFirstChild() instanceof Paragraph && document.getFirstChild().getNext() == null) {
            return new Detail(renderInline(markdown, links, diagnostics), false, "");
        }
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof org.commonmark.node.Heading) {
                diagnostics.error(TreePass.position(markdown, block), "a detail holds paragraphs, lists and code, not"
                        + " headings", "write the heading's words as a paragraph, e.g. in **bold**");
            }
        }
        TreePass pass = TreePass.published(markdown, links, new GithubSlugger(), diagnostics,
                trustedHtml ? null : sanitizer);
        document.accept(pass);
        HtmlRenderer renderer = htmlRenderer(pass.headingIds, false);
        String html = FootnoteBackrefs.labelled(renderer.render(document), words.footnoteBack());
        Node first = document.getFirstChild();
        String summary = first instanceof Paragraph ? renderer.render(first).strip() : "";
        summary = summary.startsWith("<p>") && summary.endsWith("</p>") ? summary.substring(3, summary.length() - 4)
                : "";
        if (pass.hasRawHtml && !trustedHtml) {
            html = sanitizer.clean(html);
            summary = sanitizer.clean(summary);
        }
        return new Detail(html, true, summary);
    }

    /**
     * An item's detail as HTML. {@code block}: it is blocks (lists, code, paragraphs), else inline HTML for one
     * paragraph; {@code summaryHtml}: a block detail's first paragraph, inline, or "" when it opens otherwise.
     */
    public record Detail(String html, boolean block, String summaryHtml) {
        static final Detail NONE = new Detail("", false, "");
    }

    /** The words of a one-line Markdown text, without markup or link targets: for the search index. */
    public String plainText(Markdown markdown) {
        if (markdown.isBlank()) {
            return "";
        }
        if (isPlainText(markdown.source())) {
            return markdown.source(); // what the parse gives: one text node, single spaces, no line break
        }
        // Line breaks inside the text read as spaces: replace them before parsing, so words stay apart.
        return BLANKS.matcher(TreePass.plainText(parser.parse(markdown.source().replace('\n', ' ')))).replaceAll(" ")
                .strip();
    }

    /**
     * The renderer alone, like {@code cmark-gfm --unsafe}: no sanitiser, no URL policy, links as written.
     * For comparison with GitHub's renderer and for {@code handbook render --unsafe}.
     */
    public String renderUnsafe(String markdown) {
        Document document = parse(markdown);
        TreePass pass = TreePass.renderer(markdown);
        document.accept(pass);
        return FootnoteBackrefs.likeGithub(htmlRenderer(pass.headingIds, false).render(document));
    }

    private Document parse(String source) {
        return (Document) parser.parse(source);
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
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }
}
