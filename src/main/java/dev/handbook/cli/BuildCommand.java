package dev.handbook.cli;

import dev.handbook.diag.BuildFailedException;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.SiteBuilder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code handbook build}: writes the site, or reports every problem and leaves the old site alone. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Build the site into the output folder (swapped in only when the build succeeds).")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        SiteBuilder builder = new SiteBuilder(Version.get(), Path.of(""));
        try {
            BuildResult result = builder.build(site.request());
            var out = spec.commandLine().getOut();
            if (!result.warnings().isEmpty()) {
                new DiagnosticPrinter(spec.commandLine().getErr(), DiagnosticPrinter.Format.TEXT)
                        .print(result.warnings());
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            out.printf("Built %d pages into %s in %d ms%n", result.pageCount(), builder.show(site.out), ms);
            out.flush();
            return ExitCodes.OK;
        } catch (BuildFailedException e) {
            new DiagnosticPrinter(spec.commandLine().getErr(), DiagnosticPrinter.Format.TEXT).print(e.diagnostics());
            spec.commandLine().getErr().println("Build failed; " + builder.show(site.out) + " was left unchanged.");
            spec.commandLine().getErr().flush();
            return ExitCodes.CONTENT_ERRORS;
        }
    }
}
