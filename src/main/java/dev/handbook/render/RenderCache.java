package dev.handbook.render;

import dev.handbook.diag.Diagnostic;
import dev.handbook.model.AnchorRef;
import dev.handbook.model.Page;
import dev.handbook.model.RenderedPage;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pages rendered by an earlier build of the same process (the dev server), reused when nothing they depend
 * on changed: the page itself (its Markdown, checklist, quiz, front matter: records compare by value), and
 * the {@code context} every page shares (the site's view model, the templates' files, the set of pages and
 * files links can point to). Any change to the context renders everything again. A reused page replays the
 * diagnostics and anchor links of its render, so check results never depend on the cache.
 */
public final class RenderCache {
    /** What a page's render produced. */
    record Entry(Page page, String lastUpdated, RenderedPage rendered, List<Diagnostic> diagnostics,
            List<AnchorRef> anchors) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Pages rendered by the build in progress: reusable only once that build's files are written. */
    private final Map<String, Entry> pending = new ConcurrentHashMap<>();
    /** Parts of pages (a phase's sheet in the worksheet booklet), valid while the context is the same. */
    private final Map<PartKey, Part> fragments = new ConcurrentHashMap<>();

    private record PartKey(String kind, String file) {}

    private record Part(Page page, Object value) {}
    private Object context;
    /** The context of the last build whose files were written. */
    private Object writtenContext;
    private final AtomicInteger rendered = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();

    /** Starts a build: a changed context empties the cache. */
    synchronized void start(Object buildContext) {
        if (!Objects.equals(context, buildContext)) {
            entries.clear();
            fragments.clear();
            context = buildContext;
        }
        pending.clear();
        rendered.set(0);
        reused.set(0);
    }

    Optional<Entry> reusable(Page page, String lastUpdated) {
        Entry entry = entries.get(page.sourceFile());
        boolean same = entry != null && entry.page().equals(page) && entry.lastUpdated().equals(lastUpdated);
        (same ? reused : rendered).incrementAndGet();
        return same ? Optional.of(entry) : Optional.empty();
    }

    void put(Entry entry) {
        pending.put(entry.page().sourceFile(), entry);
    }

    /**
     * The build's files were written: its pages may be reused from now on. A build that failed never gets
     * here, so a page it rendered is rendered again rather than reused over the file of an older build.
     */
    public synchronized void commit() {
        writtenContext = context;
        entries.putAll(pending);
        pending.clear();
    }

    /** Forgets every page: the next build renders them all (its output folder is a new one). */
    public synchronized void clear() {
        writtenContext = null;
        entries.clear();
        fragments.clear();
        pending.clear();
        context = null;
    }

    /**
     * A part of a page made from {@code page} (a phase's sheet in the booklet, or its view model): the one
     * made earlier of the same kind when it was made from the same page in the same context, else made now.
     */
    /** {@link #part} of {@code cache}, or simply made when there is no cache (a one-off build). */
    static <T> T part(RenderCache cache, String kind, Page page, java.util.function.Supplier<T> make) {
        return cache == null ? make.get() : cache.part(kind, page, make);
    }

    @SuppressWarnings("unchecked")
    <T> T part(String kind, Page page, java.util.function.Supplier<T> make) {
        PartKey key = new PartKey(kind, page.sourceFile());
        Part known = fragments.get(key);
        if (known != null && (known.page() == page || known.page().equals(page))) {
            return (T) known.value();
        }
        T made = make.get();
        fragments.put(key, new Part(page, made));
        return made;
    }

    /**
     * True when the build in progress has the context of the last build whose files were written: pages
     * that depend on the context alone (the portfolio, the 404 page) are the same as that build's.
     */
    synchronized boolean contextWritten() {
        return context != null && Objects.equals(context, writtenContext);
    }

    private View.Site site;
    private Navigation navigation;
    private View.Site navigationSite;

    /**
     * The site's view model of the last build when {@code fresh} is the same, else {@code fresh}: the same
     * object then makes comparing contexts cheap. Lists compare element by element, by identity first (an
     * unchanged page's navigation entry is the same object); comparing them by value made up a tenth of
     * a 1,000-page save.
     */
    /**
     * The navigation of {@code site}: the last build's while the site view is the same object (see
     * {@link #sameSite}), since its lists of 1,000 links per folder depth are then the same too.
     */
    synchronized Navigation navigation(View.Site site, java.util.function.Supplier<Navigation> make) {
        if (navigation == null || navigationSite != site) {
            navigation = make.get();
            navigationSite = site;
        }
        return navigation;
    }

    synchronized View.Site sameSite(View.Site fresh) {
        View.Site last = site;
        boolean same = last != null && same(last.phases(), fresh.phases()) && same(last.pages(), fresh.pages())
                && same(last.learner().phases(), fresh.learner().phases())
                && same(last.learner().tracks(), fresh.learner().tracks())
                && last.learner().portfolioPath().equals(fresh.learner().portfolioPath())
                && last.learner().planPath().equals(fresh.learner().planPath())
                && new View.Site(fresh.id(), fresh.title(), fresh.description(), fresh.language(), fresh.baseUrl(),
                        last.phases(), last.pages(), fresh.totalDuration(), fresh.itemCount(), fresh.formerIds(),
                        fresh.liveReload(), fresh.generator(), last.learner()).equals(last);
        if (same) {
            return last;
        }
        site = fresh;
        return fresh;
    }

    /**
     * Same elements in the same order, by identity first: the dev server's unchanged pages, and what is
     * made from them, are the same objects from build to build, so this is a pointer comparison for most.
     */
    public static boolean same(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i) && !java.util.Objects.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Content pages rendered afresh in the last build. */
    public int rendered() {
        return rendered.get();
    }

    /** Content pages reused from an earlier build in the last build. */
    public int reused() {
        return reused.get();
    }
}
