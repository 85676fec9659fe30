package dev.handbook.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
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
                NAMES.stream().filter(name -> !name.equals("help")).sorted().toList()));
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
            return commandLine(in, args).setOut(out).setErr(err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The command tree for {@code args}, configured as every run uses it. Each command's model costs a cold
     * start a few milliseconds (picocli compiles its patterns and registers its converters per command),
     * so a run builds only those it can reach: the command named first, or none when the arguments name
     * no command and ask for no help ({@code handbook --version}); every other run (help, a mistyped
     * command, completion) gets them all.
     */
    static CommandLine commandLine(InputStream in, String... args) {
        CommandLine top = Commands.line(new HandbookCommand().spec);
        String first = args.length > 0 ? args[0] : "";
        if (!first.equals("help") && !first.equals("completion") && NAMES.contains(first)) {
            top.addSubcommand(command(first, in));
        } else if (namesACommandOrAsksForHelp(args)) {
            for (String name : NAMES) {
                top.addSubcommand(command(name, in));
            }
        }
        // Plain text, never ANSI colours: help reads the same in a terminal, a pipe or a test, and picocli
        // need not ask System.console() whether it prints to a terminal (on JDK 22+ that loads JLine).
        return top.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .setParameterExceptionHandler(new UsageErrors()).setExecutionExceptionHandler(new InternalErrors());
    }

    /** Every command, in the order help lists them. */
    static final List<String> NAMES = List.of("build", "check", "serve", "init", "new", "theme", "render", "completion",
            "help");

    private static CommandLine command(String name, InputStream in) {
        switch (name) {
            case "build": return Commands.line(new BuildCommand().spec);
            case "check": return Commands.line(new CheckCommand().spec);
            case "serve": return Commands.line(new ServeCommand().spec);
            case "init": return Commands.line(new InitCommand().spec);
            case "new": return Commands.line(new NewCommand().spec)
                    .addSubcommand(Commands.line(new NewPhaseCommand().spec));
            case "theme": return Commands.line(new ThemeCommand().spec)
                    .addSubcommand(Commands.line(new ThemeExportCommand().spec));
            case "render": return Commands.line(new RenderCommand(in).spec);
            case "completion": return Commands.line(new CompletionCommand().spec);
            case "help": return new CommandLine(new HelpCommand().spec);
            default: throw new IllegalArgumentException(name);
        }
    }

    /** Whether an argument is not an option (a command, or a mistyped one) or asks for help: -h, --help, -hV. */
    private static boolean namesACommandOrAsksForHelp(String... args) {
        for (String arg : args) {
            if (!arg.startsWith("-") || arg.equals("--help") || !arg.startsWith("--") && arg.indexOf('h') > 0) {
                return true;
            }
        }
        return false;
    }
}
