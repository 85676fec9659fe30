package dev.handbook.render;

import dev.handbook.diag.Diagnostics;
import dev.handbook.model.SitePath;

/** Where finished pages go as they are rendered: the output folder, or nowhere for a check. */
public interface PageSink {
    /** A page, as UTF-8. */
    void write(SitePath output, byte[] html);

    /**
     * A page made of the whole handbook (the worksheet booklet), made by {@code page} when the sink chooses:
     * a build's folder before it is swapped in; the dev server's when a request asks for it.
     */
    void writeLater(SitePath output, Streamed page);

    /** A page written as it renders, never held whole in memory (the booklet of 10,000 phases is ~100 MB). */
    @FunctionalInterface
    interface Streamed {
        /** Reports its problems into {@code diagnostics}; returns false when it failed. */
        boolean render(java.io.Writer out, Diagnostics diagnostics) throws java.io.IOException;
    }
}
