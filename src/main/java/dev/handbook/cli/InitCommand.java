package dev.handbook.cli;

import dev.handbook.scaffold.NewHandbook;
import dev.handbook.scaffold.Refused;
import dev.handbook.scaffold.Release;
import dev.handbook.scaffold.Written;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code handbook init [DIR]}: a new handbook that builds, checks and serves at once. */
final class InitCommand implements Callable<Integer> {
    private final PositionalParamSpec dir = PositionalParamSpec.builder().paramLabel("DIR").arity("0..1")
            .type(Path.class).defaultValue(".").description("The new handbook's folder (default: this one).").build();
    private final OptionSpec force = OptionSpec.builder("--force").arity("0")
            .description("Write into a folder that is not empty (an existing file is never replaced).").build();
    final CommandSpec spec = Commands.spec(this, "init",
            "Write a new handbook that builds at once: content/ with one part and one phase, a README for its"
                    + " author, and GitHub workflows that check pull requests and publish on GitHub Pages with a"
                    + " pinned release of handbook.")
            .addPositional(dir).addOption(force);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = dir.getValue();
        Release release = RunningJar.release();
        try {
            Written written = NewHandbook.write(folder, release, Boolean.TRUE.equals(force.getValue()));
            ScaffoldReport.written(out, written.written());
            written.kept().forEach(path -> out.println("kept " + path + " (there already)"));
            if (release.sha256().isEmpty()) {
                err.println(folder.resolve(".github/handbook.sh") + ": warning: this handbook.jar (" + release.version()
                        + ") is not a release, so the workflows' checksum is not pinned yet");
                err.println("  hint: set HANDBOOK_VERSION and HANDBOOK_SHA256 there to a release's (its .jar.sha256"
                        + " file), or run init with a release jar");
            }
            String cd = folder.toString().equals(".") ? "" : "cd " + folder + " && ";
            out.println("Next: " + cd + "java -jar handbook.jar serve   (or build, check)");
            out.flush();
            err.flush();
            return ExitCodes.OK;
        } catch (Refused e) {
            return ScaffoldReport.refused(err, e);
        }
    }
}
