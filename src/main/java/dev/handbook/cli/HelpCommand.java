package dev.handbook.cli;

import java.util.List;
import java.util.Map;

/** {@code handbook help [COMMAND]}: the overview, or one command's help. */
final class HelpCommand implements Command {
    static final CommandSyntax SYNTAX = new CommandSyntax("help",
            List.of("Display help information about the specified command.",
                "When no COMMAND is given, the usage help for the main command is displayed.",
                "If a COMMAND is specified, the help for that command is shown."),
            List.of(new Option("--help", "-h", null, "Show usage help for the help command and exit.", null,
                    Option.Accepts.ANY)),
            new Positional("COMMAND", "The COMMAND to display the usage help message for.", false));

    private final CommandSyntax top;
    private final Map<String, Command> commands;

    /** {@code commands} by name, in the order the overview lists them (this one included). */
    HelpCommand(CommandSyntax top, Map<String, Command> commands) {
        this.top = top;
        this.commands = commands;
    }

    @Override
    public CommandSyntax syntax() {
        return SYNTAX;
    }

    @Override
    public int run(Args args, Streams io) throws UsageException {
        HelpText help = new HelpText();
        if (args.positionals().isEmpty()) {
            io.out().print(help.overview(top, commands.values().stream().map(Command::syntax).toList()));
        } else {
            io.out().print(help.command(HandbookCommand.find(commands, args.positionals().get(0), top).syntax()));
        }
        io.out().flush();
        return ExitCodes.OK;
    }
}
