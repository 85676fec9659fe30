package dev.handbook.cli;

import java.util.List;
import java.util.Locale;

/**
 * One option of a command, as its table declares it: the long name, an optional short alias, the value's
 * label in help ({@code null} for a flag), the help text and, for a value, its default and what it accepts.
 * Commands read parsed values by passing their option constants to {@link Args}, so a name is spelled once.
 *
 * @param name         the long name, e.g. {@code --out}
 * @param shortName    the one-letter alias, e.g. {@code -h}, or {@code null}
 * @param label        the value's name in help, e.g. {@code DIR}; {@code null} for a flag
 * @param description  the help text; {@code ${DEFAULT}} in it stands for {@code defaultValue}
 * @param defaultValue the value when the option is absent, or {@code null}
 * @param accepts      what a value must be; checked while parsing, so a bad value is a usage error
 */
record Option(String name, String shortName, String label, String description, String defaultValue,
        Accepts accepts) {
    /** {@code -h, --help} on every command. */
    static final Option HELP = new Option("--help", "-h", null, "Show this help message and exit.", null,
            Accepts.ANY);
    /** {@code -V, --version} on every command but {@code help}. */
    static final Option VERSION = new Option("--version", "-V", null, "Print version information and exit.",
            null, Accepts.ANY);

    /** What a value must look like: {@link #problem} says what is wrong with one, or returns null. */
    interface Accepts {
        Accepts ANY = value -> null;

        String problem(String value);
    }

    static Option flag(String name, String description) {
        return new Option(name, null, null, description, null, Accepts.ANY);
    }

    static Option value(String name, String label, String description) {
        return new Option(name, null, label, description, null, Accepts.ANY);
    }

    /** A whole number from {@code min} to {@code max}. */
    static Option number(String name, String label, String description, int min, int max) {
        return new Option(name, null, label, description, null, value -> {
            if (!value.matches("\\+?[0-9]{1,10}")) {
                return "must be a whole number from " + min + " to " + max;
            }
            long n = Long.parseLong(value.startsWith("+") ? value.substring(1) : value);
            return n < min || n > max ? "must be a whole number from " + min + " to " + max : null;
        });
    }

    /** One of a few lower-case words, given in any case. */
    static Option oneOf(String name, String label, String description, List<String> choices) {
        return new Option(name, null, label, description, null,
                value -> choices.contains(value.toLowerCase(Locale.ROOT)) ? null : "must be " + or(choices));
    }

    Option withDefault(String value) {
        return new Option(name, shortName, label, description, value, accepts);
    }

    boolean isFlag() {
        return label == null;
    }

    /** How help shows it: {@code --out=DIR}, or {@code --unsafe} for a flag. */
    String synopsis() {
        return isFlag() ? name : name + "=" + label;
    }

    /** "a, b or c": also used for the list of commands. */
    static String or(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
