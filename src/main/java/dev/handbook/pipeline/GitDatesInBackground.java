package dev.handbook.pipeline;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * "Last updated" dates for the builds of a session. Asking git takes two processes and grows with the
 * history, so it starts with the build and runs beside loading. The dates change only with a commit, never
 * with a save: so only the first build waits for them, and each later build uses the newest dates read so
 * far while a fresh read runs in the background. A commit shows on the second save after it.
 */
final class GitDatesInBackground {
    private CompletableFuture<Function<String, Optional<String>>> latest;
    private CompletableFuture<Function<String, Optional<String>>> refresh;

    synchronized CompletableFuture<Function<String, Optional<String>>> latest(BuildRequest request) {
        if (!request.write()) {
            // A check writes no page, so it does not need to ask git.
            return CompletableFuture.completedFuture(path -> Optional.empty());
        }
        if (latest == null) {
            latest = CompletableFuture.supplyAsync(() -> LastUpdated.of(request));
            return latest;
        }
        if (refresh != null && refresh.isDone()) {
            latest = refresh;
            refresh = null;
        }
        if (refresh == null) {
            refresh = CompletableFuture.supplyAsync(() -> LastUpdated.of(request));
        }
        return latest;
    }
}
