package dev.handbook.render;

import dev.handbook.diag.Diagnostics;
import dev.handbook.memo.Memo;
import dev.handbook.model.Handbook;
import dev.handbook.model.Markdown;
import dev.handbook.model.Page;
import dev.handbook.model.RenderedPage;
import dev.handbook.model.SitePath;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The printable worksheets: one beside each phase ({@code phases/NN-slug.worksheet.html}) and a booklet of
 * them all ({@code worksheets.html}). A sheet shows the phase's outcomes, its checklist as boxes to tick by
 * hand and its mastery check brief; the quiz stays on the phase page, where it can answer back.
 * The texts are rendered again for each place they are published, so their links work from there.
 */
final class Worksheets {
    static final SitePath BOOKLET = new SitePath("worksheets.html");
    static final String PAGE_TEMPLATE = "worksheet.ftlh";
    static final String BOOKLET_TEMPLATE = "worksheets.ftlh";
    static final String BOOKLET_SHEET_TEMPLATE = "booklet-sheet.ftlh";

    private final Handbook handbook;
    private final Templates templates;
    private final MarkdownRenderer markdown;
    private final ContentLinks links;
    private final PageViews views;
    private final Models models;

    Worksheets(Handbook handbook, Templates templates, MarkdownRenderer markdown, ContentLinks links, PageViews views,
            Models models) {
        this.handbook = handbook;
        this.templates = templates;
        this.markdown = markdown;
        this.links = links;
        this.views = views;
        this.models = models;
    }

    /** Where a part's booklet is published: in its folder, beside its page. */
    static SitePath bookletOf(Page part) {
        return new SitePath(part.part().folder() + "/worksheets.html");
    }

    /** Where a phase's worksheet is published: beside the phase page. */
    static SitePath pathOf(Page phase) {
        return new SitePath(phase.stem() + ".worksheet.html");
    }

    /** A phase's worksheet page; template problems go to {@code diagnostics}. */
    Optional<RenderedPage> page(Page phase, Diagnostics diagnostics) {
        SitePath path = pathOf(phase);
        View.Sheet sheet = sheet(phase, path);
        Texts texts = models.texts();
        Map<String, Object> named = Map.of("number", phase.phase().number(), "title", phase.title());
        View.Page view = views.generated(phase.key() + ".worksheet", "worksheet", path, path.rootPrefix(),
                texts.format("sheet.page_title", named), texts.format("sheet.page_description", named), null);
        Map<String, Object> model = models.of(view, new View.Print(CssString.quote(models.site().title()),
                sheet.headCss()));
        model.put("sheets", List.of(sheet));
        // No content page: a sheet repeats its phase's text, so anchor checks and the sitemap keep to the phase.
        return templates.renderUtf8(PAGE_TEMPLATE, model, diagnostics)
                .map(html -> new RenderedPage(null, path, html, Set.of(), List.of()));
    }

    /**
     * A booklet: the sheets of every phase, or of {@code part}'s phases when it is not null, again, with links
     * that work from where it is published, written to {@code out} a batch of sheets at a time (at 10,000
     * phases it is ~100 MB). Each sheet is kept in {@code memo} while its phase and the site are the same
     * ({@code context}), so the dev server makes a booklet from the sheets of unchanged phases. Returns false
     * when it failed; its problems go to {@code diagnostics}.
     */
    boolean booklet(Page part, Memo memo, Object context, Writer out, Diagnostics diagnostics) {
        SitePath path = part == null ? BOOKLET : bookletOf(part);
        List<Page> phases = part == null ? handbook.phases() : handbook.phasesOf(part);
        View.Site site = models.site();
        Texts texts = models.texts();
        Map<String, Object> ofPart = part == null ? Map.of()
                : Map.of("number", part.part().number(), "title", part.title());
        String worksheets = texts.text("booklet.title");
        View.Cover cover = part == null
                ? new View.Cover(worksheets, site.title(), site.description(), phases.size(), site.totalDuration(),
                        site.itemCount())
                : new View.Cover(texts.format("booklet.part_eyebrow", ofPart), part.title(), part.description(),
                        phases.size(), "", phases.stream().mapToInt(p -> p.checklist().size()).sum());
        View.Page booklet = views.generated(part == null ? "worksheets" : part.key() + "/worksheets", "booklet", path,
                path.rootPrefix(), part == null ? worksheets : texts.format("booklet.part_title", ofPart),
                part == null ? texts.text("booklet.description") : texts.format("booklet.part_description", ofPart),
                null);
        List<View.BookletEntry> contents = phases.stream().map(p -> new View.BookletEntry(anchorOf(p), p.title(),
                p.phase().number(), p.phase().duration().map(texts::duration).orElse(""), p.checklist().size()))
                .toList();
        // Each sheet is a named page: it starts on a new sheet of paper, and its running head names its phase.
        List<View.NamedPage> named = phases.stream().map(p -> new View.NamedPage(anchorOf(p), headCss(p))).toList();
        String title = CssString.quote(site.title());
        Map<String, Object> model = models.of(booklet, new View.Print(title, CssString.quote(worksheets), named));
        model.put("sheets", List.of());
        model.put("contents", contents);
        model.put("cover", cover);
        // What each sheet's template sees besides its sheet: made once, not once per phase.
        Map<String, Object> sheetModel = models.of(booklet, new View.Print(title, CssString.quote(worksheets)));
        sheetModel.put("sheets", List.of());
        model.put("sheetsHtml", new Batches<>(phases, phase -> memo.get("booklet-sheet", phase.sourceFile(),
                List.of(phase, context, path), () -> {
                    Map<String, Object> one = new HashMap<>(sheetModel);
                    one.put("sheet", sheet(phase, path));
                    return templates.render(BOOKLET_SHEET_TEMPLATE, one, diagnostics).orElse("");
                })));
        return templates.render(BOOKLET_TEMPLATE, model, out, diagnostics);
    }

    /**
     * A list whose elements are made as a reader reaches them, a batch at a time on all cores; only the
     * current batch is held. The booklet template reads its sheets once, in order.
     */
    static final class Batches<T, R> extends java.util.AbstractList<R> {
        static final int SIZE = 64;
        private final List<T> from;
        private final Function<T, R> make;
        private int start = -1;
        private List<R> batch = List.of();

        Batches(List<T> from, Function<T, R> make) {
            this.from = from;
            this.make = make;
        }

        @Override
        public R get(int index) {
            java.util.Objects.checkIndex(index, from.size());
            if (index < start || index >= start + batch.size()) {
                start = index - index % SIZE;
                batch = from.subList(start, Math.min(from.size(), start + SIZE)).parallelStream().map(make).toList();
            }
            return batch.get(index - start);
        }

        @Override
        public int size() {
            return from.size();
        }
    }

    private static String anchorOf(Page phase) {
        return "phase-" + phase.phase().number();
    }

    private String headCss(Page phase) {
        return CssString.quote(models.texts().format("print.phase_head", Map.of("number", phase.phase().number(),
                "title", phase.title())));
    }

    /**
     * A phase as a sheet published at {@code at}. Its texts were checked when the phase page rendered, so
     * their problems are not reported a second time.
     */
    private View.Sheet sheet(Page phase, SitePath at) {
        ContentLinks.Found seenBefore = new ContentLinks.Found();
        LinkResolver resolver = links.from(phase, at, seenBefore);
        Function<Markdown, String> inline = md -> markdown.renderInline(md, resolver, seenBefore.diagnostics());
        View.Phase info = PageViews.phase(phase.phase(), inline, models.texts());
        Function<Markdown, MarkdownRenderer.Detail> detail = md -> markdown.renderDetail(md, resolver,
                seenBefore.diagnostics());
        List<View.Item> items = phase.checklist().items().stream().map(i -> PageViews.item(i, inline, detail)).toList();
        List<View.Item> review = phase.checklist().review().stream().map(i -> PageViews.item(i, inline, detail))
                .toList();
        String url = handbook.settings().baseUrl().map(b -> b + phase.output().value()).orElse("");
        return new View.Sheet(anchorOf(phase), phase.title(), pathOf(phase).value(), phase.output().value(), url,
                info, items, review, headCss(phase));
    }
}
