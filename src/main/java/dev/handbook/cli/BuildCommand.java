package dev.handbook.cli;

import dev.handbook.diag.BuildFailedException;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.SiteBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code handbook build}: writes the site, or reports every problem and leaves the old site alone. */
final class BuildCommand implements Callable<Integer> {
    private final SiteOptions site = new SiteOptions();
    final CommandSpec spec = Commands.spec(this, "build",
            "Build the site into the output folder (swapped in only when the build succeeds).")
            .addMixin("site", site.mixin());

    @Override
    public Integer call() {
        long start = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SiteBuilder builder = new SiteBuilder(Version.get(), Path.of(""));
        try {
            BuildResult result = builder.build(site.request());
            if (!result.warnings().isEmpty()) {
                new DiagnosticPrinter(err, DiagnosticPrinter.Format.TEXT).print(result.warnings());
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            out.printf("Built %d pages into %s in %d ms%n", result.pageCount(), builder.show(site.out()), ms);
            out.flush();
            return ExitCodes.OK;
        } catch (BuildFailedException e) {
            new DiagnosticPrinter(err, DiagnosticPrinter.Format.TEXT).print(e.diagnostics());
            err.println("Build failed; " + builder.show(site.out()) + " was left unchanged.");
            err.flush();
            return ExitCodes.CONTENT_ERRORS;
        }
    }
}
