package dev.handbook.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code handbook theme}: the built-in theme; its one subcommand is export. */
final class ThemeCommand implements Callable<Integer> {
    final CommandSpec spec = Commands.spec(this, "theme", "Work with the built-in theme.");

    ThemeCommand() {
        spec.usageMessage().synopsisSubcommandLabel("COMMAND");
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: export");
    }
}
