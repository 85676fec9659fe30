package dev.handbook.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Work over a list on a pool as wide as the machine, with results in the list's order. */
final class Parallel {
    private Parallel() {}

    /**
     * For each item, what {@code find} gives (looked up on the calling thread: a dev server's save finds
     * all but one or two), else what {@code make} makes on all cores; each result is handed to {@code use}
     * as soon as it is there (a page is written as it renders), and what {@code use} returns is kept, in the
     * order of {@code items} (a page without its HTML: a large build never holds every page).
     */
    static <T, R, K> List<K> memoized(List<T> items, Function<T, R> find, Function<T, R> make, Function<R, K> use) {
        List<K> out = new ArrayList<>(java.util.Collections.nCopies(items.size(), null));
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            R found = find.apply(items.get(i));
            if (found == null) {
                missing.add(i);
            } else {
                out.set(i, use.apply(found));
            }
        }
        map(missing, i -> out.set(i, use.apply(make.apply(items.get(i)))));
        return out;
    }

    /** Applies {@code task} to every item on a pool as wide as the machine; results in input order. */
    static <T, R> List<R> map(List<T> items, Function<T, R> task) {
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
}
