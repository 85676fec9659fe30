package dev.handbook.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code handbook completion bash|zsh}: a shell script that completes handbook's commands and options. */
final class CompletionCommand implements Callable<Integer> {
    enum Shell { BASH, ZSH }

    private final Choice<Shell> shells = new Choice<>(Shell.class);
    final CommandSpec spec = Commands.spec(this, "completion",
            "Print a script that completes handbook's commands and options in bash or zsh.",
            "Load it in the running shell with: source <(handbook completion bash)")
            .addPositional(PositionalParamSpec.builder().paramLabel("SHELL").arity("1").required(true).type(Shell.class)
                    .converters(shells).completionCandidates(shells).description("bash or zsh.").build());

    @Override
    public Integer call() {
        // picocli's script serves both shells: under zsh it turns on zsh's emulation of bash completion.
        spec.commandLine().getOut().print(AutoComplete.bash("handbook", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
