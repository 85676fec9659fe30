package dev.handbook.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code handbook new}: adds a file of a kind to the handbook; the kinds are its subcommands (phase). */
final class NewCommand implements Callable<Integer> {
    final CommandSpec spec = Commands.spec(this, "new", "Add something new to the handbook.");

    NewCommand() {
        spec.usageMessage().synopsisSubcommandLabel("KIND");
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing what to add: phase");
    }
}
