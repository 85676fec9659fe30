package dev.handbook.render;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.memo.Memo;
import dev.handbook.model.AnchorRef;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.model.RenderedPage;
import dev.handbook.model.SitePath;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the loaded handbook into finished pages: every content page (with a phase's quiz page and
 * worksheet), the pages the site adds (the learner's plan and portfolio, 404) and the worksheet booklet,
 * each handed to a {@link PageSink} as soon as it is finished, so a large build never holds every page in
 * memory. A unit of rendering whose inputs are those of an earlier build of the same process is taken from
 * the {@link Memo} instead of being rendered again.
 */
public final class SiteRenderer {
    /**
     * How this build renders.
     *
     * @param liveReload  add the dev server's reload script (serve mode only; never in build output)
     * @param lastUpdated the date a source file last changed (from git), or empty
     */
    public record Options(boolean liveReload, Function<String, Optional<String>> lastUpdated, String version,
            Texts texts) {}

    /**
     * What rendering produced: the pages without their HTML (written already), the anchors they link to, their
     * problems, and how many content pages were rendered (the others were the same as an earlier build's).
     */
    public record Rendered(List<RenderedPage> pages, List<AnchorRef> anchors, List<Diagnostic> diagnostics,
            int renderedPages) {}

    private final Handbook handbook;
    private final Templates templates;
    private final Options options;
    private final Memo memo;
    private final PageViews views;
    private final Models models;
    private final Worksheets worksheets;
    private final PageRenderer pages;
    /** What every page depends on besides its own sources: equal contexts, equal pages for equal sources. */
    private final Object context;

    public SiteRenderer(Handbook handbook, Templates templates, MarkdownRenderer markdown, Options options, Memo memo) {
        this.handbook = handbook;
        this.templates = templates;
        this.options = options;
        this.memo = memo;
        View.Site site = SiteView.of(handbook, markdown, options, memo);
        ContentLinks links = new ContentLinks(handbook);
        this.views = new PageViews(handbook, site, options.lastUpdated(), options.texts());
        this.models = new Models(site, options.texts());
        this.worksheets = new Worksheets(handbook, templates, markdown, links, views, models);
        this.pages = new PageRenderer(templates, markdown, links, views, models, worksheets);
        this.context = memo.same("context", List.of(handbook.settings(), site, templates, LinkTargets.of(handbook),
                options.texts().messages()));
    }

    /** Renders every page into {@code sink}; the booklet is left to the sink to make when it chooses. */
    public Rendered render(PageSink sink) {
        List<Page> all = handbook.allPages().toList();
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        List<Published> published = new ArrayList<>(Parallel.memoized(all, page -> {
            Object inputs = List.of(page, options.lastUpdated().apply(page.contentPath()), context);
            return memo.find("page", page.sourceFile(), inputs);
        }, page -> {
            made.incrementAndGet();
            Published unit = pages.render(page);
            memo.put("page", page.sourceFile(), List.of(page, options.lastUpdated().apply(page.contentPath()),
                    context), unit);
            return unit;
        }, unit -> write(unit, sink)));
        published.add(write(memo.get("site-pages", "", context, this::sitePages), sink));
        boolean booklet = !handbook.phases().isEmpty();
        if (booklet) {
            sink.writeLater(Worksheets.BOOKLET, (out, found) -> worksheets.booklet(null, memo, context, out, found));
        }
        for (Page part : handbook.parts()) {
            sink.writeLater(Worksheets.bookletOf(part), (out, found) -> worksheets.booklet(part, memo, context, out,
                    found));
        }
        List<RenderedPage> rendered = new ArrayList<>();
        List<AnchorRef> anchors = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Published p : published) {
            rendered.addAll(p.pages());
            anchors.addAll(p.anchors());
            diagnostics.addAll(p.diagnostics());
        }
        if (booklet) {
            rendered.add(RenderedPage.unwritten(null, Worksheets.BOOKLET));
        }
        handbook.parts().forEach(part -> rendered.add(RenderedPage.unwritten(null, Worksheets.bookletOf(part))));
        return new Rendered(rendered, anchors, diagnostics, made.get());
    }

    /**
     * Writes the pages of {@code published}; returns them without their HTML. A unit the dev server kept from
     * an earlier build is stripped once, not again on every save (the copy was a fifth of a rebuild).
     */
    private Published write(Published published, PageSink sink) {
        published.pages().forEach(page -> sink.write(page.output(), page.html()));
        Object key = published.pages().isEmpty() ? "" : published.pages().get(0).output();
        return memo.get("without-html", key, published, published::withoutHtml);
    }

    /** The pages the site adds: they depend on the context alone. */
    private Published sitePages() {
        Diagnostics found = new Diagnostics();
        List<RenderedPage> out = new ArrayList<>();
        Texts texts = options.texts();
        learnerPage(LearnerView.PORTFOLIO_PATH, "portfolio", texts.text("portfolio.title"),
                texts.text("portfolio.description"), found).ifPresent(out::add);
        learnerPage(LearnerView.PLAN_PATH, "plan", texts.text("plan.title"), texts.text("plan.description"), found)
                .ifPresent(out::add);
        notFound(found).ifPresent(out::add);
        List<SitePath> booklets = new ArrayList<>(handbook.parts().stream().map(Worksheets::bookletOf).toList());
        if (!handbook.phases().isEmpty()) {
            booklets.add(Worksheets.BOOKLET);
        }
        handbook.allPages().filter(p -> booklets.contains(p.output())).forEach(p -> found.error(
                SourcePosition.of(p.sourceFile()), "this page has the same URL as a worksheet booklet ("
                        + p.output() + ")", "rename the file: the handbook publishes its worksheets there"));
        return new Published(out, found.list(), List.of());
    }

    /**
     * A learner's page (the plan, the portfolio): the site adds it (there is no content file), and
     * learner.js fills it from the progress store. It is not in the sitemap: it is empty for all but its reader.
     */
    private Optional<RenderedPage> learnerPage(String at, String key, String title, String description,
            Diagnostics diagnostics) {
        SitePath path = new SitePath(at);
        Optional<Page> clash = handbook.allPages().filter(p -> p.output().equals(path)).findFirst();
        if (clash.isPresent()) {
            diagnostics.error(SourcePosition.of(clash.get().sourceFile()), "this page would replace the learner's "
                    + key + " page (" + path + ")", "rename the page: the site adds " + path + " itself");
            return Optional.empty();
        }
        View.Page view = views.generated(key, key, path, "", title, description, null);
        return templates.renderUtf8(key + ".ftlh", models.of(view), diagnostics)
                .map(html -> new RenderedPage(null, path, html, Set.of(), List.of()));
    }

    private Optional<RenderedPage> notFound(Diagnostics diagnostics) {
        // GitHub Pages serves 404.html for a missing path at any depth, so relative links would break there;
        // with a known base URL its links are absolute paths instead.
        String root = handbook.settings().baseUrl().map(u -> URI.create(u).getPath()).orElse("");
        SitePath path = new SitePath("404.html");
        View.Page view = views.notFound(path, root);
        return templates.renderUtf8("404.ftlh", models.of(view), diagnostics)
                .map(html -> new RenderedPage(null, path, html, Set.of(), List.of()));
    }
}
