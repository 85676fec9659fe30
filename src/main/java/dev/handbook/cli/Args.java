package dev.handbook.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A command line as parsed: the values of the options given (absent ones read as their default), the
 * positional arguments, and whether help or the version was asked for. Values were checked while parsing
 * (see {@link Option#accepts()}), so reading one here cannot fail.
 */
final class Args {
    private final Map<Option, String> values;
    private final List<String> positionals;
    private final boolean help;
    private final boolean version;

    Args(Map<Option, String> values, List<String> positionals, boolean help, boolean version) {
        this.values = Map.copyOf(values);
        this.positionals = List.copyOf(positionals);
        this.help = help;
        this.version = version;
    }

    boolean wantsHelp() {
        return help;
    }

    boolean wantsVersion() {
        return version;
    }

    /** The value given, else the option's default, else {@code null}. */
    String string(Option option) {
        return values.getOrDefault(option, option.defaultValue());
    }

    /** The value as a path, or {@code null} when neither given nor defaulted. */
    Path path(Option option) {
        String value = string(option);
        return value == null ? null : Path.of(value);
    }

    int integer(Option option) {
        String value = string(option);
        return Integer.parseInt(value.startsWith("+") ? value.substring(1) : value);
    }

    boolean flag(Option option) {
        return "true".equals(values.get(option));
    }

    List<String> positionals() {
        return positionals;
    }
}
