package dev.handbook.cli;

import dev.handbook.scaffold.Refused;
import dev.handbook.scaffold.ThemeExport;
import dev.handbook.scaffold.Written;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code handbook theme export DIR}: writes the built-in theme out, keeping every file already there. */
final class ThemeExportCommand implements Callable<Integer> {
    private final PositionalParamSpec dir = PositionalParamSpec.builder().paramLabel("DIR").arity("1")
            .required(true).type(Path.class).description("Where to write it, e.g. templates.").build();
    final CommandSpec spec = Commands.spec(this, "export",
            "Write the built-in theme's templates and assets into DIR, to start your own from. A file there"
                    + " already is kept. A handbook's templates/ overrides the built-in theme file by file:"
                    + " keep only the files you change.")
            .addPositional(dir);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Written written = ThemeExport.write(dir.getValue());
            ScaffoldReport.written(out, written.written());
            written.kept().forEach(path -> out.println("kept " + path + " (there already)"));
            out.flush();
            return ExitCodes.OK;
        } catch (Refused e) {
            return ScaffoldReport.refused(spec.commandLine().getErr(), e);
        }
    }
}
