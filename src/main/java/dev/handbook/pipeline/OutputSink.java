package dev.handbook.pipeline;

import dev.handbook.diag.BuildFailedException;
import dev.handbook.diag.Diagnostics;
import dev.handbook.model.SitePath;
import dev.handbook.output.SiteOutput;
import dev.handbook.render.PageSink;

/**
 * Pages as they render, into a site's output. A page made when the output chooses (the booklet) that finds
 * problems fails with them: at a build's commit the build fails, in the dev server the request shows them.
 */
final class OutputSink implements PageSink {
    private final SiteOutput out;

    OutputSink(SiteOutput out) {
        this.out = out;
    }

    @Override
    public void write(SitePath output, byte[] html) {
        out.write(output, html);
    }

    @Override
    public void writeLater(SitePath output, Streamed page) {
        out.writeLater(output, text -> {
            Diagnostics found = new Diagnostics();
            page.render(text, found);
            found.throwIfErrors();
        });
    }
}
