package dev.handbook.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code handbook}: the top-level command; the work is in its subcommands. */
@Command(name = "handbook", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds course handbooks (Markdown + YAML checklists) into static sites.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, RenderCommand.class,
            CommandLine.HelpCommand.class})
public final class HandbookCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard input, for {@code handbook render}; tests pass their own. */
    InputStream in = System.in;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: build, check, render or serve");
    }

    /** Runs the command line with the process's streams. */
    public static int run(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line, printing to {@code out} and {@code err}; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(System.in, out, err, args);
    }

    /** Runs the command line reading standard input from {@code in}; returns the exit code. */
    public static int execute(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        HandbookCommand top = new HandbookCommand();
        top.in = in;
        CommandLine cli = new CommandLine(top);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Only bugs get here: user mistakes are diagnostics, handled by each command.
            commandLine.getErr().println("handbook: internal error (please report it with this output):");
            e.printStackTrace(commandLine.getErr());
            commandLine.getErr().flush();
            return ExitCodes.INTERNAL;
        });
        return cli.execute(args);
    }
}
