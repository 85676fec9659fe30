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
    private Object context;
    private final AtomicInteger rendered = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();

    /** Starts a build: a changed context empties the cache. */
    synchronized void start(Object buildContext) {
        if (!Objects.equals(context, buildContext)) {
            entries.clear();
            context = buildContext;
        }
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
        entries.put(entry.page().sourceFile(), entry);
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
