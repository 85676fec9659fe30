package dev.handbook.cli;

import dev.handbook.diag.BuildFailedException;
import dev.handbook.diag.Diagnostic;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.SiteBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code handbook check}: validates everything a build would, writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Check the handbook for every problem a build would find, without writing the site.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text or github (GitHub Actions annotations; the default when GITHUB_ACTIONS=true).")
    DiagnosticPrinter.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SiteBuilder builder = new SiteBuilder(Version.get(), Path.of(""));
        List<Diagnostic> diagnostics;
        int code;
        try {
            BuildResult result = builder.build(site.request().checkOnly());
            diagnostics = result.warnings();
            code = ExitCodes.OK;
        } catch (BuildFailedException e) {
            diagnostics = e.diagnostics();
            code = ExitCodes.CONTENT_ERRORS;
        }
        DiagnosticPrinter.Format chosen = format != null ? format
                : "true".equals(System.getenv("GITHUB_ACTIONS")) ? DiagnosticPrinter.Format.GITHUB
                : DiagnosticPrinter.Format.TEXT;
        var stream = code == ExitCodes.OK ? spec.commandLine().getOut() : spec.commandLine().getErr();
        new DiagnosticPrinter(stream, chosen).print(diagnostics);
        return code;
    }
}
