package dev.handbook.cli;

import dev.handbook.pipeline.Checker;
import dev.handbook.pipeline.SiteBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code handbook check}: validates everything a build would, writes nothing. */
final class CheckCommand implements Callable<Integer> {
    private final SiteOptions site = new SiteOptions();
    private final OptionSpec format = Choice.option("--format", "FORMAT", DiagnosticPrinter.Format.class)
            .description("text or github (GitHub Actions annotations; the default when GITHUB_ACTIONS=true).").build();
    private final OptionSpec base = OptionSpec.builder("--base").paramLabel("REF").type(String.class)
            .description("Also compare item ids with this git revision, e.g. origin/main: an id that disappears"
                    + " without a 'was:' loses learners' ticks.").build();
    final CommandSpec spec = Commands.spec(this, "check",
            "Check the handbook for every problem a build would find, without writing the site.")
            .addMixin("site", site.mixin()).addOption(format).addOption(base);

    @Override
    public Integer call() {
        Checker.Result result = new Checker(new SiteBuilder(Version.get(), Path.of("")))
                .check(site.request(), Optional.ofNullable(base.getValue()));
        DiagnosticPrinter.Format given = format.getValue();
        DiagnosticPrinter.Format chosen = given != null ? given
                : "true".equals(System.getenv("GITHUB_ACTIONS")) ? DiagnosticPrinter.Format.GITHUB
                : DiagnosticPrinter.Format.TEXT;
        // GitHub reads workflow commands (the annotations) from standard output.
        boolean toOut = chosen == DiagnosticPrinter.Format.GITHUB || !result.hasErrors();
        PrintWriter stream = toOut ? spec.commandLine().getOut() : spec.commandLine().getErr();
        new DiagnosticPrinter(stream, chosen).print(result.diagnostics());
        return result.hasErrors() ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
    }
}
