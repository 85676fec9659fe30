package dev.handbook.pipeline;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * "Last updated" dates for repeated builds (the dev server). Asking git takes two processes and grows with
 * the history, and the dates change only with a commit, never with a save: so the first build waits for
 * them, and each later build uses the newest dates read so far while a fresh read runs in the background.
 * A commit shows on the second save after it.
 */
final class GitDatesInBackground {
    private Function<String, Optional<String>> latest;
    private CompletableFuture<Function<String, Optional<String>>> refresh;

    synchronized Function<String, Optional<String>> latest(BuildRequest request) {
        if (refresh != null && refresh.isDone()) {
            latest = refresh.join();
            refresh = null;
        }
        if (latest == null) {
            latest = LastUpdated.of(request);
        } else if (refresh == null) {
            refresh = CompletableFuture.supplyAsync(() -> LastUpdated.of(request));
        }
        return latest;
    }
}
