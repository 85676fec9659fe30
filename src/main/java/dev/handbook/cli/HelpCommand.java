package dev.handbook.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code handbook help [COMMAND]}: the overview, or one command's help. Ours rather than picocli's
 * {@code CommandLine.HelpCommand}, which counts as a request for help and so lets any other argument pass:
 * {@code handbook help build extra} and {@code handbook help -V} are usage errors here.
 */
final class HelpCommand implements Callable<Integer> {
    private final PositionalParamSpec command = PositionalParamSpec.builder().paramLabel("COMMAND").arity("0..1")
            .type(String.class).description("The COMMAND to display the usage help message for.").build();
    final CommandSpec spec = Commands.spec(this, "help", "Display help information about the specified command.",
            "When no COMMAND is given, the usage help for the main command is displayed.",
            "If a COMMAND is specified, the help for that command is shown.")
            .addPositional(command).addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("Show usage help for the help command and exit.").build());

    @Override
    public Integer call() {
        String name = command.getValue();
        CommandLine top = spec.parent().commandLine();
        CommandLine shown = name == null ? top : top.getSubcommands().get(name);
        if (shown == null) {
            throw new ParameterException(top, UsageErrors.unknownCommand(name, top.getCommandSpec()));
        }
        shown.usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
