package dev.handbook.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What every handbook command's picocli model shares. The models are declared in code with picocli's
 * programmatic API, not with annotations: reading annotations costs a cold start about as much as the rest
 * of picocli together (a dynamic proxy class is generated for each annotation type, and every field and
 * method of every command is reflected on), and {@code handbook --version} or a small build would pay it
 * on every run (issue 18). A command keeps its options as fields and reads their values after parsing.
 */
final class Commands {
    private static final Version VERSION = new Version();

    private Commands() {}

    /**
     * A command's model around {@code command}, which picocli calls after parsing: the name, the help
     * text, and its options listed in the order they are added (the help ones last, see {@link #line}).
     */
    static CommandSpec spec(Callable<Integer> command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name).versionProvider(VERSION);
        spec.usageMessage().description(description).sortOptions(false).sortSynopsis(false);
        return spec;
    }

    /**
     * The command line for {@code spec}, with {@code -h, --help} and {@code -V, --version} after its own
     * options (picocli's standard help options, added without the reflection {@code mixinStandardHelpOptions}
     * does).
     */
    static CommandLine line(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return new CommandLine(spec);
    }
}
