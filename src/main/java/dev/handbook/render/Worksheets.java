package dev.handbook.render;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.Handbook;
import dev.handbook.model.Markdown;
import dev.handbook.model.Page;
import dev.handbook.model.RenderedPage;
import dev.handbook.model.SitePath;
import java.util.ArrayList;
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
    private final View.Site site;
    private final Navigation navigation;

    Worksheets(Handbook handbook, Templates templates, MarkdownRenderer markdown, View.Site site,
            Navigation navigation) {
        this.navigation = navigation;
        this.handbook = handbook;
        this.templates = templates;
        this.markdown = markdown;
        this.site = site;
    }

    /** Where a phase's worksheet is published: beside the phase page. */
    static SitePath pathOf(Page phase) {
        return new SitePath(phase.key() + ".worksheet.html");
    }

    /**
     * Writes every phase's worksheet, then the booklet (when there are phases), to {@code sink}, and
     * returns them without their HTML. The worksheet of a phase for which {@code unchanged} holds is not
     * rendered: {@code sink} is told to keep the previous build's.
     */
    List<RenderedPage> render(ContentLinks links, Diagnostics diagnostics, java.util.function.Predicate<Page> unchanged,
            PageSink sink, RenderCache cache) {
        List<RenderedPage> out = new ArrayList<>();
        if (handbook.phases().isEmpty()) {
            return out;
        }
        // Sheets render independently, on all cores; the list keeps the phases' order.
        handbook.phases().parallelStream().map(phase -> {
            SitePath path = pathOf(phase);
            if (unchanged.test(phase)) {
                sink.keep(path);
                return Optional.<RenderedPage>empty();
            }
            View.Sheet sheet = sheet(phase, path, links);
            View.Page view = page(phase.key() + ".worksheet", "worksheet", path, "Worksheet: " + phase.title(),
                    "A printable worksheet for phase " + phase.phase().number() + ": " + phase.title() + ".");
            View.Print print = new View.Print(CssString.quote(site.title()), sheet.headCss());
            return render(PAGE_TEMPLATE, view, print, List.of(sheet), diagnostics).map(page -> {
                sink.write(page);
                return page.withoutHtml();
            });
        }).toList().forEach(page -> page.ifPresent(out::add));
        handbook.allPages().filter(p -> p.output().equals(BOOKLET)).forEach(p -> diagnostics.error(
                SourcePosition.of(p.sourceFile()), "this page has the same URL as the worksheet booklet ("
                        + BOOKLET + ")", "rename the file: the handbook publishes its worksheets there"));
        sink.writeLater(BOOKLET, (file, found) -> booklet(links, cache, file, found));
        out.add(RenderedPage.unwritten(null, BOOKLET));
        return out;
    }

    /**
     * The booklet: every sheet again, with links that work from the site's root, written to {@code out} a
     * batch of sheets at a time (at 10,000 phases it is ~100 MB). The dev server makes it only when it is
     * asked for, from the sheets of unchanged phases kept in {@code cache}.
     */
    private boolean booklet(ContentLinks links, RenderCache cache, java.io.Writer out, Diagnostics diagnostics) {
        View.Page booklet = page("worksheets", "booklet", BOOKLET, "Worksheets",
                "Every phase's worksheet in one printable booklet.");
        List<Page> phases = handbook.phases();
        List<View.BookletEntry> contents = phases.stream().map(p -> new View.BookletEntry(anchorOf(p), p.title(),
                p.phase().number(), p.phase().duration().label(), p.checklist().size())).toList();
        // Each sheet is a named page: it starts on a new sheet of paper, and its running head names its phase.
        List<View.NamedPage> named = phases.stream().map(p -> new View.NamedPage(anchorOf(p), headCss(p))).toList();
        View.Print print = new View.Print(CssString.quote(site.title()), CssString.quote("Worksheets"), named);
        Map<String, Object> model = model(booklet, print, List.of());
        model.put("contents", contents);
        // What each sheet's template sees besides its sheet: made once, not once per phase.
        Map<String, Object> sheetModel = model(booklet, new View.Print(CssString.quote(site.title()),
                CssString.quote("Worksheets")), List.of());
        model.put("sheetsHtml", new Batches<>(phases, phase -> RenderCache.part(cache, "booklet-sheet", phase, () -> {
            View.Sheet sheet = RenderCache.part(cache, "booklet-view", phase, () -> sheet(phase, BOOKLET, links));
            Map<String, Object> one = new HashMap<>(sheetModel);
            one.put("sheet", sheet);
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

    private static String headCss(Page phase) {
        return CssString.quote("Phase " + phase.phase().number() + " · " + phase.title());
    }

    private Optional<RenderedPage> render(String template, View.Page view, View.Print print, List<View.Sheet> sheets,
            Diagnostics diagnostics) {
        return render(template, new SitePath(view.path()), model(view, print, sheets), diagnostics);
    }

    private Map<String, Object> model(View.Page view, View.Print print, List<View.Sheet> sheets) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("page", view);
        model.put("root", view.root());
        model.put("pagePath", view.path());
        model.put("navHtml", navigation.html(view.root(), view.key()));
        model.put("print", print);
        model.put("sheets", sheets);
        return model;
    }

    private Optional<RenderedPage> render(String template, SitePath path, Map<String, Object> model,
            Diagnostics diagnostics) {
        // No content page: a sheet repeats its phase's text, so anchor checks and the sitemap keep to the phase.
        return templates.renderUtf8(template, model, diagnostics)
                .map(html -> new RenderedPage(null, path, html, Set.of(), List.of()));
    }

    private View.Page page(String key, String kind, SitePath path, String title, String description) {
        String canonical = handbook.settings().baseUrl().map(b -> b + path.value()).orElse("");
        return new View.Page(key, kind, path.value(), path.rootPrefix(), title, description, "", null, List.of(),
                List.of(), null, null, null, "", "", canonical, "");
    }

    /**
     * A phase as a sheet published at {@code at}. Its texts were checked when the phase page rendered, so
     * their problems are not reported a second time.
     */
    private View.Sheet sheet(Page phase, SitePath at, ContentLinks links) {
        Diagnostics seenBefore = new Diagnostics();
        LinkResolver resolver = links.from(phase, at);
        Function<Markdown, String> inline = md -> markdown.renderInline(md, resolver, seenBefore);
        View.Phase info = SiteRenderer.phaseView(phase.phase(), inline);
        List<View.Item> items = phase.checklist().items().stream().map(i -> SiteRenderer.item(i, inline)).toList();
        List<View.Item> review = phase.checklist().review().stream().map(i -> SiteRenderer.item(i, inline)).toList();
        String url = handbook.settings().baseUrl().map(b -> b + phase.output().value()).orElse("");
        return new View.Sheet(anchorOf(phase), phase.title(), pathOf(phase).value(), phase.output().value(), url,
                info, items, review, headCss(phase));
    }
}
