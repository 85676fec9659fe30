package dev.handbook.cli;

import dev.handbook.scaffold.NewPhase;
import dev.handbook.scaffold.Refused;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.TypeConversionException;

/** {@code handbook new phase "Title"}: the next phase and its checklist; prints the paths it wrote. */
final class NewPhaseCommand implements Callable<Integer> {
    private final PositionalParamSpec title = PositionalParamSpec.builder().paramLabel("TITLE").arity("1")
            .required(true).type(String.class).description("The phase's title, e.g. \"Testing Basics\".").build();
    private final OptionSpec source = OptionSpec.builder("--source").paramLabel("DIR").type(Path.class)
            .defaultValue("content").description("The content folder (default: ./content).").build();
    private final OptionSpec part = OptionSpec.builder("--part").paramLabel("SLUG").type(String.class)
            .description("The part to add it to, e.g. basics or 01-basics (default: the last part).").build();
    private final OptionSpec number = OptionSpec.builder("--number").paramLabel("N").type(Integer.class)
            .converters(NewPhaseCommand::number)
            .description("The phase's number (default: the next after the last).").build();
    final CommandSpec spec = Commands.spec(this, "phase",
            "Add the next phase: NN-slug.md with its front matter and NN-slug.yml with a checklist to fill in.")
            .addPositional(title).addOption(source).addOption(part).addOption(number);

    /** A phase number: a plain whole number, as in the file names (00 to 999). */
    private static Integer number(String value) {
        if (!value.matches("[0-9]{1,3}")) {
            throw new TypeConversionException("must be a whole number from 0 to 999");
        }
        return Integer.valueOf(value);
    }

    @Override
    public Integer call() {
        Integer n = number.getValue();
        try {
            ScaffoldReport.written(spec.commandLine().getOut(), NewPhase.write(source.getValue(), title.getValue(),
                    Optional.ofNullable(part.getValue()), n == null ? OptionalInt.empty() : OptionalInt.of(n)));
            return ExitCodes.OK;
        } catch (Refused e) {
            return ScaffoldReport.refused(spec.commandLine().getErr(), e);
        }
    }
}
