package dev.handbook.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code handbook}: the top-level command; the work is in its subcommands. Usage mistakes print
 * {@code handbook: <what is wrong>} and where the help is (exit 2, {@link UsageErrors}); a bug prints its
 * stack trace with a plea to report it (exit 70, {@link InternalErrors}); the commands pick every other code.
 */
public final class HandbookCommand implements Callable<Integer> {
    final CommandSpec spec = Commands.spec(this, "handbook",
            "Builds course handbooks (Markdown + YAML checklists) into static sites.");

    private HandbookCommand() {
        spec.usageMessage().synopsisSubcommandLabel("COMMAND")
                .footer("Run 'handbook COMMAND --help' for a command's options.");
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: " + UsageErrors.or(
                spec.subcommands().keySet().stream().filter(name -> !name.equals("help")).sorted().toList()));
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
        try {
            return commandLine(in).setOut(out).setErr(err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The whole command tree, configured as every run uses it. */
    static CommandLine commandLine(InputStream in) {
        CommandLine top = Commands.line(new HandbookCommand().spec);
        top.addSubcommand(Commands.line(new BuildCommand().spec));
        top.addSubcommand(Commands.line(new CheckCommand().spec));
        top.addSubcommand(Commands.line(new ServeCommand().spec));
        top.addSubcommand(Commands.line(new RenderCommand(in).spec));
        top.addSubcommand(Commands.line(new CompletionCommand().spec));
        top.addSubcommand(new CommandLine(new HelpCommand().spec));
        return top.setParameterExceptionHandler(new UsageErrors()).setExecutionExceptionHandler(new InternalErrors());
    }
}
