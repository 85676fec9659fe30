package dev.handbook.cli;

import dev.handbook.pipeline.Checker;
import dev.handbook.pipeline.SiteBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code handbook check}: validates everything a build would, writes nothing. */
final class CheckCommand implements Command {
    static final Option FORMAT = Option.oneOf("--format", "FORMAT",
            "text or github (GitHub Actions annotations; the default when GITHUB_ACTIONS=true).",
            List.of("text", "github"));
    static final Option BASE = Option.value("--base", "REF", "Also compare item ids with this git revision,"
            + " e.g. origin/main: an id that disappears without a 'was:' loses learners' ticks.");
    static final CommandSyntax SYNTAX = new CommandSyntax("check",
            List.of("Check the handbook for every problem a build would find, without writing the site."),
            SiteOptions.with(FORMAT, BASE), null);

    @Override
    public CommandSyntax syntax() {
        return SYNTAX;
    }

    @Override
    public int run(Args args, Streams io) {
        SiteOptions site = new SiteOptions(args);
        Checker.Result result = new Checker(new SiteBuilder(Version.get(), Path.of("")))
                .check(site.request(), Optional.ofNullable(args.string(BASE)));
        String format = args.string(FORMAT);
        DiagnosticPrinter.Format chosen = format != null
                ? DiagnosticPrinter.Format.valueOf(format.toUpperCase(Locale.ROOT))
                : "true".equals(System.getenv("GITHUB_ACTIONS")) ? DiagnosticPrinter.Format.GITHUB
                : DiagnosticPrinter.Format.TEXT;
        // GitHub reads workflow commands (the annotations) from standard output.
        boolean toOut = chosen == DiagnosticPrinter.Format.GITHUB || !result.hasErrors();
        PrintWriter stream = toOut ? io.out() : io.err();
        new DiagnosticPrinter(stream, chosen).print(result.diagnostics());
        return result.hasErrors() ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
    }
}
