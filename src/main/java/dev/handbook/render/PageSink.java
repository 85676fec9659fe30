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
     * A page made of the whole handbook (the worksheet booklet), made by {@code render} when the sink
     * chooses: a build makes it now, the dev server when it is asked for. {@code render} reports its
     * problems into the diagnostics it is given and returns empty when it fails.
     */
    void writeLater(SitePath output, java.util.function.Function<Diagnostics, java.util.Optional<String>> render);
}
