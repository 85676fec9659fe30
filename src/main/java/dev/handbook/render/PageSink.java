package dev.handbook.render;

import dev.handbook.diag.Diagnostics;
import dev.handbook.model.RenderedPage;
import dev.handbook.model.SitePath;

/** Where finished pages go as they are rendered: the output folder, or nowhere for a check. */
public interface PageSink {
    /** A page rendered in this build. */
    void write(RenderedPage page);

    /** A page the render cache reused: identical to what the previous build wrote at {@code output}. */
    void keep(SitePath output);

    /**
     * A page made of the whole handbook (the worksheet booklet), written by {@code page} when the sink
     * chooses: a build writes it now, straight to its file; the dev server when it is asked for.
     */
    void writeLater(SitePath output, Streamed page);

    /** A page written as it renders, never held whole in memory (the booklet of 10,000 phases is ~100 MB). */
    @FunctionalInterface
    interface Streamed {
        /** Reports its problems into {@code diagnostics}; returns false when it failed. */
        boolean render(java.io.Writer out, Diagnostics diagnostics) throws java.io.IOException;
    }
}
