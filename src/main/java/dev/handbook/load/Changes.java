package dev.handbook.load;

import java.nio.file.Path;
import java.util.Set;

/**
 * The files that changed since the last build of the same process, as the dev server's watcher saw them;
 * {@link #unknown()} when nobody watched (a one-off build) or events were lost.
 *
 * @param paths the changed files and folders (created, modified or deleted); null when unknown
 */
public record Changes(Set<Path> paths) {
    public Changes {
        paths = paths == null ? null : Set.copyOf(paths);
    }

    public static Changes unknown() {
        return new Changes(null);
    }

    public boolean known() {
        return paths != null;
    }
}
