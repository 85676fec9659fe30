package dev.handbook.cli;

import dev.handbook.pipeline.Checker;
import dev.handbook.pipeline.SiteBuilder;
import java.nio.file.Path;
import java.util.Optional;
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

    @Option(names = "--base", paramLabel = "REF", description = {"Also compare item ids with this git revision,"
            + " e.g. origin/main: an id that disappears without a 'was:' loses learners' ticks."})
    String base;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Checker.Result result = new Checker(new SiteBuilder(Version.get(), Path.of("")))
                .check(site.request(), Optional.ofNullable(base));
        DiagnosticPrinter.Format chosen = format != null ? format
                : "true".equals(System.getenv("GITHUB_ACTIONS")) ? DiagnosticPrinter.Format.GITHUB
                : DiagnosticPrinter.Format.TEXT;
        // GitHub reads workflow commands (the annotations) from standard output.
        boolean toOut = chosen == DiagnosticPrinter.Format.GITHUB || !result.hasErrors();
        var stream = toOut ? spec.commandLine().getOut() : spec.commandLine().getErr();
        new DiagnosticPrinter(stream, chosen).print(result.diagnostics());
        return result.hasErrors() ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
    }
}
