package dev.handbook.render;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.ChecklistItem;
import dev.handbook.model.Handbook;
import dev.handbook.model.Link;
import dev.handbook.model.Markdown;
import dev.handbook.model.Page;
import dev.handbook.model.RenderedPage;
import dev.handbook.model.PhaseInfo;
import dev.handbook.model.Settings;
import dev.handbook.model.SitePath;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the loaded handbook into finished HTML pages: Markdown through {@link MarkdownRenderer}, then
 * each page through its template with a typed view model.
 */
public final class SiteRenderer {
    /** Ids the page templates use; a body heading with the same slug gets "-1" instead. */
    static final Set<String> TEMPLATE_IDS = Set.of("main", "top", "outcomes", "checklist", "mastery-check",
            "self-review", "phase-quiz", "quiz", "quiz-result", "progress", "phases", "pages", "site-nav", "search", "search-input",
            "search-results", "search-status", "footnotes", "your-plan", "your-track", "track-message", "your-progress");

    private final Handbook handbook;
    private final Templates templates;
    private final MarkdownRenderer markdown;
    private final Options options;
    private final View.Site site;
    private final Navigation navigation;
    private final Map<Page, Integer> phaseIndex = new java.util.IdentityHashMap<>();

    /**
     * How this build renders.
     *
     * @param liveReload  add the dev server's reload script (serve mode only; never in build output)
     * @param lastUpdated the date a source file last changed (from git), or empty
     * @param cache       pages of earlier builds to reuse (the dev server), or null to render every page
     */
    public record Options(boolean liveReload, Function<String, Optional<String>> lastUpdated, String version,
            RenderCache cache) {
        /** Without a cache: every page is rendered (a one-off build keeps no page in memory). */
        public Options(boolean liveReload, Function<String, Optional<String>> lastUpdated, String version) {
            this(liveReload, lastUpdated, version, null);
        }
    }

    public SiteRenderer(Handbook handbook, Templates templates, MarkdownRenderer markdown, Options options) {
        this.handbook = handbook;
        this.templates = templates;
        this.markdown = markdown;
        this.options = options;
        this.site = siteView();
        java.util.function.Supplier<Navigation> navigation = () -> new Navigation(site.phases(), site.pages(),
                site.learner());
        this.navigation = options.cache() == null ? navigation.get() : options.cache().navigation(site, navigation);
        for (int i = 0; i < handbook.phases().size(); i++) {
            phaseIndex.put(handbook.phases().get(i), i);
        }
    }

    public View.Site site() {
        return site;
    }

    /**
     * Renders every content page, the portfolio, the worksheets and the 404 page, handing each to
     * {@code sink} as soon as it is finished (so a large build never holds every page in memory), and
     * returns them without their HTML. Content pages render on all cores. Link problems go to
     * {@code diagnostics}.
     */
    public List<RenderedPage> render(ContentLinks links, Diagnostics diagnostics, PageSink sink) {
        List<Page> all = handbook.allPages().toList();
        if (options.cache() != null) {
            options.cache().start(List.of(site, templates.stamp(), linkTargets()));
        }
        // By identity: a page's record hashes all its text, and the dev server's unchanged pages are the same objects.
        Set<Page> reused = java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(
                new java.util.IdentityHashMap<>()));
        List<RenderedPage> out = options.cache() == null
                ? new ArrayList<>(parallel(all, page -> renderPage(page, links, diagnostics)
                        .map(rendered -> written(rendered, sink)).orElse(null)))
                : reusedFirst(all, links, diagnostics, reused, sink);
        out.removeIf(Objects::isNull);
        // A phase's quiz page and worksheet depend on what its page depends on: a reused page keeps them too.
        for (Page phase : handbook.phases()) {
            if (phase.quiz().isEmpty()) {
                continue;
            }
            if (reused.contains(phase)) {
                out.add(kept(QuizPages.pathOf(phase), sink));
            } else {
                renderQuiz(phase, links, diagnostics).ifPresent(p -> out.add(written(p, sink)));
            }
        }
        // The portfolio, the plan and the 404 page depend on the context alone: when it is the last written
        // one, they are the same as that build's.
        boolean contextWritten = options.cache() != null && options.cache().contextWritten();
        if (contextWritten) {
            out.add(kept(new SitePath(LearnerView.PORTFOLIO_PATH), sink));
            out.add(kept(new SitePath(LearnerView.PLAN_PATH), sink));
        } else {
            renderPortfolio(diagnostics).ifPresent(p -> out.add(written(p, sink)));
            renderPlan(diagnostics).ifPresent(p -> out.add(written(p, sink)));
        }
        new Worksheets(handbook, templates, markdown, site, navigation).render(links, diagnostics, reused::contains,
                sink, options.cache()).forEach(out::add);
        if (contextWritten) {
            out.add(kept(new SitePath("404.html"), sink));
        } else {
            renderNotFound(diagnostics).ifPresent(p -> out.add(written(p, sink)));
        }
        return out;
    }

    /**
     * The dev server's pages: each taken from the render cache when nothing it depends on changed (its file
     * is kept), which is a lookup done here; the rest (a save changes one or two) rendered, written and
     * cached on all cores. Results in the order of {@code all}, null for a page that failed.
     */
    private List<RenderedPage> reusedFirst(List<Page> all, ContentLinks links, Diagnostics diagnostics,
            Set<Page> reused, PageSink sink) {
        RenderCache cache = options.cache();
        RenderedPage[] out = new RenderedPage[all.size()];
        List<Integer> changed = new ArrayList<>();
        String[] lastUpdated = new String[all.size()];
        for (int i = 0; i < all.size(); i++) {
            Page page = all.get(i);
            lastUpdated[i] = options.lastUpdated().apply(page.contentPath()).orElse("");
            Optional<RenderCache.Entry> hit = cache.reusable(page, lastUpdated[i]);
            if (hit.isPresent()) {
                diagnostics.addAll(hit.get().diagnostics());
                links.replay(hit.get().anchors());
                reused.add(page);
                sink.keep(page.output());
                out[i] = hit.get().rendered();
            } else {
                changed.add(i);
            }
        }
        parallel(changed, i -> out[i] = renderAndCache(all.get(i), lastUpdated[i], links, diagnostics, sink));
        return new ArrayList<>(java.util.Arrays.asList(out));
    }

    /** Renders, writes and caches a page the render cache could not give; null when it failed. */
    private RenderedPage renderAndCache(Page page, String lastUpdated, ContentLinks links, Diagnostics diagnostics,
            PageSink sink) {
        Diagnostics own = new Diagnostics();
        Optional<RenderedPage> rendered = renderPage(page, links, own);
        List<Diagnostic> found = own.sorted();
        diagnostics.addAll(found);
        Set<String> files = new java.util.HashSet<>(List.of(page.sourceFile(), page.checklist().sourceFile(),
                page.quiz().sourceFile()));
        return rendered.map(r -> {
            RenderedPage kept = written(r, sink);
            options.cache().put(new RenderCache.Entry(page, lastUpdated, kept, found, links.anchorsWrittenIn(files)));
            return kept;
        }).orElse(null);
    }

    /** What links can point to: a page or file added or removed changes how every link resolves. */
    private List<String> linkTargets() {
        List<String> targets = new ArrayList<>();
        handbook.allPages().forEach(p -> targets.add(p.contentPath()));
        handbook.assets().forEach(a -> targets.add(a.output().value()));
        return targets;
    }

    private static RenderedPage kept(SitePath path, PageSink sink) {
        sink.keep(path);
        return RenderedPage.unwritten(null, path);
    }

    private static RenderedPage written(RenderedPage page, PageSink sink) {
        sink.write(page);
        return page.withoutHtml();
    }

    /** Applies {@code task} to every item on a pool as wide as the machine; results in input order. */
    private static <T, R> List<R> parallel(List<T> items, Function<T, R> task) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), items.size()));
        if (threads == 1) {
            return items.stream().map(task).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "render");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> task.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rendering was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    Optional<RenderedPage> renderPage(Page page, ContentLinks links, Diagnostics diagnostics) {
        LinkResolver resolver = links.from(page);
        RenderedMarkdown body = markdown.render(page.body(), resolver, TEMPLATE_IDS, diagnostics);
        Function<Markdown, String> inline = md -> markdown.renderInline(md, resolver, diagnostics);
        View.Page view = pageView(page, body.html(), inline);
        String template = page.isIndex() ? "index.ftlh" : page.isPhase() ? "phase.ftlh" : "page.ftlh";
        Map<String, Object> model = model(view);
        return templates.renderUtf8(template, model, diagnostics).map(html -> {
            Set<String> ids = new LinkedHashSet<>(body.ids());
            ids.addAll(TEMPLATE_IDS);
            view.items().forEach(i -> ids.add("item-" + i.id()));
            view.review().forEach(i -> ids.add("item-" + i.id()));
            return new RenderedPage(page, page.output(), html, ids, body.headings());
        });
    }

    /**
     * A phase's quiz on its own page ({@link QuizPages}). It is rendered in every build, like the worksheets:
     * its texts' problems are reported here, once, since the phase page shows only the quiz's length.
     */
    private Optional<RenderedPage> renderQuiz(Page phase, ContentLinks links, Diagnostics diagnostics) {
        if (phase.quiz().isEmpty()) {
            return Optional.empty();
        }
        SitePath path = QuizPages.pathOf(phase);
        LinkResolver resolver = links.from(phase, path);
        View.Quiz quiz = QuizPages.full(phase, md -> markdown.renderInline(md, resolver, diagnostics));
        String canonical = handbook.settings().baseUrl().map(b -> b + path.value()).orElse("");
        View.NavEntry of = site.phases().get(phaseIndex.get(phase));
        View.Page view = new View.Page(phase.key() + ".quiz", "quiz", path.value(), path.rootPrefix(),
                QuizPages.title(phase), quiz.size() + " questions to check your understanding of phase "
                + phase.phase().number() + ": " + phase.title() + ".", "", null, List.of(), List.of(), quiz, null,
                null, "", "", canonical, "");
        Map<String, Object> model = model(view);
        model.put("phase", of);
        return QuizPages.render(phase, path, templates.renderUtf8(QuizPages.TEMPLATE, model, diagnostics));
    }

    /**
     * The learner's plan: their starting point (phases they know), pace and start date, and target dates. The
     * site adds it, like the portfolio, and leaves it out of the sitemap: it is empty for everyone but its reader.
     */
    private Optional<RenderedPage> renderPlan(Diagnostics diagnostics) {
        return renderLearnerPage(LearnerView.PLAN_PATH, "plan", "Your plan", "Mark the phases you already know, "
                + "choose a pace and a start date, and get a target date for each phase.", "plan.ftlh", "plan",
                diagnostics);
    }

    /**
     * The learner's portfolio: the site adds it (there is no content file), and learner.js fills it from the
     * progress store. Like the 404 page it is not in the sitemap: it is empty for everyone but its reader.
     */
    private Optional<RenderedPage> renderPortfolio(Diagnostics diagnostics) {
        return renderLearnerPage(LearnerView.PORTFOLIO_PATH, "portfolio", "Your portfolio",
                "The demos, repositories and write-ups you built with this handbook, ready for a profile README.",
                "portfolio.ftlh", "portfolio", diagnostics);
    }

    private Optional<RenderedPage> renderLearnerPage(String at, String key, String title, String description,
            String template, String what, Diagnostics diagnostics) {
        SitePath path = new SitePath(at);
        Optional<Page> clash = handbook.allPages().filter(p -> p.output().equals(path)).findFirst();
        if (clash.isPresent()) {
            diagnostics.error(SourcePosition.of(clash.get().sourceFile()), "this page would replace the learner's "
                    + what + " page (" + path + ")", "rename the page: the site adds " + path + " itself");
            return Optional.empty();
        }
        String canonical = handbook.settings().baseUrl().map(b -> b + path.value()).orElse("");
        View.Page view = new View.Page(key, key, path.value(), "", title, description, "", null, List.of(),
                List.of(), null, null, null, "", "", canonical, "");
        return templates.renderUtf8(template, model(view), diagnostics)
                .map(html -> new RenderedPage(null, path, html, Set.of(), List.of()));
    }

    private Optional<RenderedPage> renderNotFound(Diagnostics diagnostics) {
        // GitHub Pages serves 404.html for a missing path at any depth, so relative links would break there;
        // with a known base URL its links are absolute paths instead.
        String root = handbook.settings().baseUrl().map(u -> URI.create(u).getPath()).orElse("");
        SitePath path = new SitePath("404.html");
        View.Page view = new View.Page("404", "404", path.value(), root, "Page not found", "", "", null, List.of(),
                List.of(), null, null, null, "", "", "", "");
        return templates.renderUtf8("404.ftlh", model(view), diagnostics)
                .map(html -> new RenderedPage(null, path, html, Set.of(), List.of()));
    }

    private Map<String, Object> model(View.Page view) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("page", view);
        model.put("root", view.root());
        model.put("pagePath", view.path());
        model.put("navHtml", navigation.html(view.root(), view.key()));
        model.put("print", new View.Print(CssString.quote(site.title()), CssString.quote(runningHead(view))));
        return model;
    }

    /** What the top right margin of each printed page says: the phase, or the page's title. */
    private static String runningHead(View.Page view) {
        if (view.phase() != null) {
            return "Phase " + view.phase().number() + " · " + view.title();
        }
        return view.kind().equals("index") ? "" : view.title();
    }

    private View.Page pageView(Page page, String bodyHtml, Function<Markdown, String> inline) {
        String kind = page.isIndex() ? "index" : page.isPhase() ? "phase" : "page";
        List<View.Item> items = page.checklist().items().stream().map(i -> item(i, inline)).toList();
        List<View.Item> review = page.checklist().review().stream().map(i -> item(i, inline)).toList();
        View.Phase phase = page.isPhase() ? phaseView(page.phase(), inline) : null;
        View.Quiz quiz = QuizPages.summary(page);
        View.NavEntry previous = null;
        View.NavEntry next = null;
        if (page.isPhase()) {
            int at = phaseIndex.get(page);
            previous = at > 0 ? site.phases().get(at - 1) : null;
            next = at + 1 < site.phases().size() ? site.phases().get(at + 1) : null;
        }
        Settings settings = handbook.settings();
        String editUrl = settings.repository().map(r -> r.editUrl("content/" + page.contentPath())).orElse("");
        String canonical = settings.baseUrl().map(b -> b + (page.isIndex() ? "" : page.output().value())).orElse("");
        String lastUpdated = options.lastUpdated().apply(page.contentPath()).orElse("");
        String worksheet = page.isPhase() ? Worksheets.pathOf(page).value() : "";
        return new View.Page(page.key(), kind, page.output().value(), page.output().rootPrefix(), page.title(),
                page.description(), bodyHtml, phase, items, review, quiz, previous, next, editUrl, lastUpdated,
                canonical, worksheet);
    }

    static View.Item item(ChecklistItem item, Function<Markdown, String> inline) {
        List<View.LinkView> links = item.links().stream().map(SiteRenderer::linkView).toList();
        return new View.Item(item.id().value(), inline.apply(item.text()), inline.apply(item.detail()), links,
                TextHash.of(item.text().source()), item.text().source());
    }

    private static View.LinkView linkView(Link link) {
        String host;
        try {
            host = Optional.ofNullable(URI.create(link.url()).getHost()).orElse("");
        } catch (IllegalArgumentException e) {
            host = "";
        }
        return new View.LinkView(link.title(), link.url(), host.replaceFirst("^www\\.", ""));
    }

    static View.Phase phaseView(PhaseInfo phase, Function<Markdown, String> inline) {
        var check = phase.masteryCheck();
        View.Mastery mastery = new View.Mastery(inline.apply(check.title()), inline.apply(check.build()),
                check.acceptance().stream().map(inline).toList(), inline.apply(check.stretch()),
                inline.apply(check.portfolio()));
        return new View.Phase(phase.number(), phase.duration().label(), phase.duration().minWeeks(),
                phase.duration().maxWeeks(), phase.duration().ongoing(),
                phase.outcomes().stream().map(inline).toList(), mastery);
    }

    private View.Site siteView() {
        Settings s = handbook.settings();
        // The dev server makes each page's entries once, while the page stays the same.
        RenderCache cache = options.cache();
        List<View.NavEntry> phases = handbook.phases().stream().map(p -> RenderCache.part(cache, "nav", p, () ->
                new View.NavEntry(p.key(), p.output().value(), p.title(), String.valueOf(p.phase().number()),
                        p.phase().duration().label(), p.checklist().size(), p.description(), itemIds(p)))).toList();
        List<View.NavEntry> pages = handbook.pages().stream().map(p -> RenderCache.part(cache, "nav", p, () ->
                new View.NavEntry(p.key(), p.output().value(), p.title(), "", "", p.checklist().size(),
                        p.description(), itemIds(p)))).toList();
        int items = (int) handbook.phases().stream().mapToLong(p -> p.checklist().size()).sum();
        String former = handbook.allPages().map(p -> RenderCache.part(cache, "former", p, () -> p.checklist().all()
                .flatMap(i -> i.formerIds().stream().map(was -> was + ":" + i.id()))
                .collect(Collectors.joining(" ")))).filter(f -> !f.isEmpty()).collect(Collectors.joining(" "));
        View.Site fresh = new View.Site(s.id(), s.title(), s.description(), s.language(), s.baseUrl().orElse(""), phases,
                pages, totalDuration(), items, former, options.liveReload(), "handbook " + options.version(),
                LearnerView.of(handbook, markdown, cache));
        return cache == null ? fresh : cache.sameSite(fresh);
    }

    /** The ids a page's progress counts: its checklist and its self-review items. */
    private static String itemIds(Page page) {
        return LearnerView.itemIds(page);
    }

    /** "23–35 weeks, then ongoing": the sum of the phases' ranges. */
    private String totalDuration() {
        int min = 0;
        int max = 0;
        boolean ongoing = false;
        for (Page p : handbook.phases()) {
            min += p.phase().duration().minWeeks();
            max += p.phase().duration().maxWeeks();
            ongoing |= p.phase().duration().ongoing();
        }
        if (min == 0 && max == 0) {
            return ongoing ? "ongoing" : "";
        }
        String range = min == max ? min + " weeks" : min + "–" + max + " weeks";
        return ongoing ? range + ", then ongoing" : range;
    }
}
