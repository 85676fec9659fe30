package dev.handbook.output;

import dev.handbook.model.SitePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a build puts the site's files. Nothing a build writes is visible until {@link #commit()}; closing
 * without a commit discards it, so a failed build changes nothing.
 */
public interface SiteOutput extends AutoCloseable {
    void write(SitePath path, byte[] bytes);

    default void write(SitePath path, String text) {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    void copy(Path source, SitePath path);

    /** A file written as {@code text} makes it, never held whole in memory by a build's folder. */
    default void write(SitePath path, StreamedText text) {
        write(path, text.bytes());
    }

    /**
     * A file made by {@code make} when the output chooses, no later than when it is read: a build's folder
     * makes it as it commits; the dev server's folder when a request asks for it (see
     * {@link LiveOutput#materialize}). {@code make} may fail with an unchecked exception: at commit, the
     * commit fails with it.
     */
    void writeLater(SitePath path, StreamedText make);

    void commit() throws IOException;

    @Override
    void close();
}
