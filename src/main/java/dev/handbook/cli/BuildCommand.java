package dev.handbook.cli;

import dev.handbook.diag.BuildFailedException;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.SiteBuilder;
import java.nio.file.Path;
import java.util.List;

/** {@code handbook build}: writes the site, or reports every problem and leaves the old site alone. */
final class BuildCommand implements Command {
    static final CommandSyntax SYNTAX = new CommandSyntax("build",
            List.of("Build the site into the output folder (swapped in only when the build succeeds)."),
            SiteOptions.with(), null);

    @Override
    public CommandSyntax syntax() {
        return SYNTAX;
    }

    @Override
    public int run(Args args, Streams io) {
        long start = System.nanoTime();
        SiteOptions site = new SiteOptions(args);
        SiteBuilder builder = new SiteBuilder(Version.get(), Path.of(""));
        try {
            BuildResult result = builder.build(site.request());
            if (!result.warnings().isEmpty()) {
                new DiagnosticPrinter(io.err(), DiagnosticPrinter.Format.TEXT).print(result.warnings());
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            io.out().printf("Built %d pages into %s in %d ms%n", result.pageCount(), builder.show(site.out), ms);
            io.out().flush();
            return ExitCodes.OK;
        } catch (BuildFailedException e) {
            new DiagnosticPrinter(io.err(), DiagnosticPrinter.Format.TEXT).print(e.diagnostics());
            io.err().println("Build failed; " + builder.show(site.out) + " was left unchanged.");
            io.err().flush();
            return ExitCodes.CONTENT_ERRORS;
        }
    }
}
