package dev.handbook.cli;

import java.util.List;
import java.util.Optional;

/**
 * What a command accepts, declared as data: its name, description, option table and positional arguments.
 * The parser reads it to parse, {@link HelpText} to print help, so the two never disagree.
 *
 * @param name        the command's name, e.g. {@code build}; {@code handbook} for the top level
 * @param description paragraphs of help text; the first also stands for the command in the overview
 * @param options     every option, in the order help lists them
 * @param positional  the arguments after the options, or {@code null} when the command takes none
 */
record CommandSyntax(String name, List<String> description, List<Option> options, Positional positional) {
    CommandSyntax {
        description = List.copyOf(description);
        options = List.copyOf(options);
    }

    /** The option with this long name or short alias. */
    Optional<Option> option(String name) {
        return options.stream().filter(o -> o.name().equals(name) || name.equals(o.shortName())).findFirst();
    }

    /** How the command is called in messages and help: {@code handbook build}, or {@code handbook}. */
    String invocation() {
        return name.equals("handbook") ? name : "handbook " + name;
    }
}
