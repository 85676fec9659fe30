package dev.handbook.cli;

import dev.handbook.diag.Suggestions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake on the command line (exit code 2): {@code handbook: <what is wrong>}, with a "did you mean" for
 * a mistyped option or command, then where the right usage is written. Never a stack trace. The message is
 * made from what picocli found (the kind of mistake, the option, the value), not from its wording, so it
 * reads like the rest of handbook's messages: {@code unknown option '--otu' (did you mean --out?)}.
 */
final class UsageErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("handbook: " + message(e, command.getCommandSpec()));
        err.println(hint(command.getCommandSpec()));
        err.flush();
        return ExitCodes.USAGE;
    }

    private static String message(ParameterException e, CommandSpec command) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched.getUnmatched().get(0), command);
        }
        if (e instanceof MissingParameterException && !e.getCommandLine().getUnmatchedArguments().isEmpty()) {
            // picocli checks for missing arguments first; an unknown option is the likelier mistake to show.
            return unmatched(e.getCommandLine().getUnmatchedArguments().get(0), command);
        }
        if (e instanceof MissingParameterException missing) {
            ArgSpec arg = missing.getMissing().get(0);
            String label = arg.paramLabel();
            return arg.isOption() ? name(arg) + " needs a value: " + name(arg) + "=" + label + " or " + name(arg) + " "
                    + label : "missing " + label + candidates(arg);
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return name(overwritten.getOverwritten()) + " is given twice; give it once";
        }
        if (e.getArgSpec() != null && e.getCause() instanceof TypeConversionException) {
            // Our converters say what a value must be; picocli's own (a flag's true/false) say it otherwise.
            return e.getArgSpec().arity().max() == 0 ? name(e.getArgSpec()) + " takes no value, not '" + e.getValue()
                    + "'" : name(e.getArgSpec()) + " " + e.getCause().getMessage() + ", not '" + e.getValue() + "'";
        }
        return e.getMessage();
    }

    private static String unmatched(String arg, CommandSpec command) {
        if (arg.startsWith("-") && !arg.equals("-")) {
            String name = arg.startsWith("--") && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            return "unknown option '" + name + "'" + didYouMean(name,
                    command.options().stream().map(OptionSpec::longestName).toList());
        }
        if (!command.subcommands().isEmpty()) {
            return unknownCommand(arg, command);
        }
        List<PositionalParamSpec> positionals = command.positionalParameters();
        return "unexpected argument '" + arg + "': " + command.qualifiedName() + (positionals.isEmpty()
                ? " takes only options" : " takes one " + positionals.get(0).paramLabel());
    }

    /** {@code name} is no command of {@code command}'s. */
    static String unknownCommand(String name, CommandSpec command) {
        return "unknown command '" + name + "'" + didYouMean(name, command.subcommands().keySet());
    }

    private static String didYouMean(String typed, Collection<String> known) {
        return Suggestions.closest(typed, known).map(s -> " (did you mean " + s + "?)").orElse("");
    }

    private static String candidates(ArgSpec arg) {
        List<String> words = new ArrayList<>();
        if (arg.completionCandidates() != null) { // none for free text: a title, a folder
            arg.completionCandidates().forEach(words::add);
        }
        return words.isEmpty() ? "" : ": " + or(words);
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** Where the right usage is: the command list at the top, a command's options below it. */
    static String hint(CommandSpec command) {
        return command.parent() == null ? "run '" + command.qualifiedName() + " --help' for the commands"
                : "run '" + command.qualifiedName() + " --help' for the options";
    }

    /** "a, b or c". */
    static String or(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
