package dev.handbook.pipeline;

import dev.handbook.diag.Diagnostics;
import dev.handbook.load.Changes;
import dev.handbook.memo.Memo;
import dev.handbook.output.LiveOutput;
import dev.handbook.output.NoOutput;
import dev.handbook.output.OutputTree;
import dev.handbook.output.SiteOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * What builds of one handbook may share: the {@link Memo} of what earlier builds made, the "last updated"
 * dates read from git, the files the watcher saw change, and where the site goes. A one-off build is a
 * build with a fresh {@link #oneOff()} session; the dev server keeps one {@link #repeated()} session for
 * all its builds. The steps of a build never ask which kind they have: the session decides what is kept
 * and where files go, never what a file holds.
 */
public final class BuildSession {
    private final Memo memo;
    private final boolean inPlace;
    private final GitDatesInBackground dates = new GitDatesInBackground();
    /** Files a watcher reported changed since the last build began; null when none reported. */
    private Set<Path> changed;
    /** The watcher lost events since the last build began: anything may have changed. */
    private boolean lost;
    private LiveOutput live;

    private BuildSession(Memo memo, boolean inPlace) {
        this.memo = memo;
        this.inPlace = inPlace;
    }

    /** For one build: nothing is kept, and the site is written beside its folder and swapped in whole. */
    public static BuildSession oneOff() {
        return new BuildSession(Memo.none(), false);
    }

    /**
     * For repeated builds of one handbook into one folder (the dev server): what did not change is not
     * parsed or rendered again, and the folder is updated in place with the files a build changed.
     */
    public static BuildSession repeated() {
        return new BuildSession(Memo.keeping(), true);
    }

    /**
     * A watcher saw {@code paths} change (null: it lost events, so anything may have changed). A build that
     * no watcher reported to looks at every file.
     */
    public synchronized void changed(Set<Path> paths) {
        if (paths == null) {
            lost = true;
        } else {
            if (changed == null) {
                changed = new HashSet<>();
            }
            changed.addAll(paths);
        }
    }

    /** What changed since the last build, for the build that starts now. */
    synchronized Changes takeChanges() {
        Changes taken = lost || changed == null ? Changes.unknown() : new Changes(changed);
        changed = null;
        lost = false;
        return taken;
    }

    Memo memo() {
        return memo;
    }

    /** The "last updated" dates of source files, for a build that starts now. */
    CompletableFuture<Function<String, Optional<String>>> dates(BuildRequest request) {
        return dates.latest(request);
    }

    /** Where a build's files go; empty (with the reason in {@code diagnostics}) when it cannot be written. */
    Optional<SiteOutput> open(BuildRequest request, String shownAs, Diagnostics diagnostics) {
        if (!request.write()) {
            return Optional.of(new NoOutput());
        }
        if (!inPlace) {
            return OutputTree.open(request.outDir(), List.of(request.contentDir(), request.templatesDir()), shownAs,
                    diagnostics).map(tree -> tree);
        }
        Path root = request.outDir().toAbsolutePath().normalize();
        synchronized (this) {
            if (live == null || !live.root().equals(root)) {
                live = new LiveOutput(root);
            }
            return Optional.of(live);
        }
    }

    /**
     * For the dev server, before it reads a file of the folder it builds into: makes the file now if the
     * last build left it to be made on request (the booklet, the search index).
     *
     * @param relative the file's path inside the output folder, with "/" between its parts
     */
    public void materialize(String relative) throws IOException {
        LiveOutput output;
        synchronized (this) {
            output = live;
        }
        if (output != null) {
            output.materialize(relative);
        }
    }
}
