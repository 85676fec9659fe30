package dev.handbook.cli;

import dev.handbook.diag.Suggestions;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code handbook}: reads the top-level options, picks the subcommand, parses its arguments and runs it.
 * Usage mistakes print {@code handbook: <what is wrong>} and a hint (exit 2); a bug prints its stack trace
 * with a plea to report it (exit 70); the commands pick every other exit code.
 */
public final class HandbookCommand {
    static final CommandSyntax SYNTAX = new CommandSyntax("handbook",
            List.of("Builds course handbooks (Markdown + YAML checklists) into static sites."),
            List.of(Option.HELP, Option.VERSION), null);

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Streams io;

    private HandbookCommand(Streams io) {
        this.io = io;
        for (Command c : List.of(new BuildCommand(), new CheckCommand(), new ServeCommand(), new RenderCommand())) {
            commands.put(c.syntax().name(), c);
        }
        commands.put(HelpCommand.SYNTAX.name(), new HelpCommand(SYNTAX, commands));
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
        return new HandbookCommand(new Streams(in, out, err)).execute(List.of(args));
    }

    private int execute(List<String> args) {
        try {
            return dispatch(args);
        } catch (UsageException e) {
            io.err().println("handbook: " + e.getMessage());
            io.err().println(e.hint());
            return ExitCodes.USAGE;
        } catch (Exception e) {
            // Only bugs get here: user mistakes are diagnostics or usage errors, handled above and by each command.
            io.err().println("handbook: internal error (please report it with this output):");
            e.printStackTrace(io.err());
            return ExitCodes.INTERNAL;
        } finally {
            io.out().flush();
            io.err().flush();
        }
    }

    private int dispatch(List<String> args) throws Exception {
        int first = 0;
        while (first < args.size() && args.get(first).startsWith("-") && !args.get(first).equals("-")) {
            first++;
        }
        // Options before the command are the top level's own: handbook --help, handbook --version.
        Args top = new ArgParser(SYNTAX).parse(args.subList(0, first));
        if (top.wantsHelp()) {
            io.out().print(new HelpText().overview(SYNTAX, commands.values().stream().map(Command::syntax).toList()));
            return ExitCodes.OK;
        }
        if (top.wantsVersion()) {
            io.out().println(Version.line());
            return ExitCodes.OK;
        }
        if (first == args.size()) {
            List<String> names = commands.keySet().stream().filter(n -> !n.equals("help")).sorted().toList();
            throw new UsageException("missing command: " + Option.or(names), SYNTAX);
        }
        Command command = find(commands, args.get(first), SYNTAX);
        Args parsed = new ArgParser(command.syntax()).parse(args.subList(first + 1, args.size()));
        if (parsed.wantsHelp()) {
            io.out().print(new HelpText().command(command.syntax()));
            return ExitCodes.OK;
        }
        if (parsed.wantsVersion()) {
            io.out().println(Version.line());
            return ExitCodes.OK;
        }
        return command.run(parsed, io);
    }

    /** The command called {@code name}, or a usage error that suggests the closest one. */
    static Command find(Map<String, Command> commands, String name, CommandSyntax top) throws UsageException {
        Command command = commands.get(name);
        if (command == null) {
            String suggestion = Suggestions.closest(name, commands.keySet()).map(s -> " (did you mean " + s + "?)")
                    .orElse("");
            throw new UsageException("unknown command '" + name + "'" + suggestion, top);
        }
        return command;
    }
}
