package dev.handbook.cli;

import dev.handbook.diag.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses one command's arguments against its {@link CommandSyntax}: long options as {@code --out=DIR} or
 * {@code --out DIR}, short aliases (clustered flags too: {@code -hV}), flags, positional arguments, and
 * {@code --} to end the options. {@code --help} or {@code --version} anywhere wins over any other mistake, so
 * asking for help always gets it.
 */
final class ArgParser {
    private final CommandSyntax syntax;

    ArgParser(CommandSyntax syntax) {
        this.syntax = syntax;
    }

    Args parse(List<String> args) throws UsageException {
        boolean help = false;
        boolean version = false;
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            help |= names(arg, Option.HELP);
            version |= names(arg, Option.VERSION);
        }
        if (help || version) {
            return new Args(Map.of(), List.of(), help, version);
        }
        Map<Option, String> values = new HashMap<>();
        List<String> positionals = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                positional(arg, positionals);
            } else if (arg.equals("--")) {
                optionsEnded = true;
            } else if (arg.startsWith("--")) {
                i += longOption(arg, args, i, values);
            } else {
                i += shortOptions(arg, args, i, values);
            }
        }
        return new Args(values, positionals, false, false);
    }

    /**
     * {@code --name}, {@code --name=VALUE} or {@code --name VALUE}; returns how many of the following
     * arguments it used. A separate value may start with a dash, unless it is one of the command's options:
     * {@code --base --out x} has forgotten the revision.
     */
    private int longOption(String arg, List<String> args, int i, Map<Option, String> values)
            throws UsageException {
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg : arg.substring(0, eq);
        Option option = known(name);
        if (eq >= 0) {
            put(values, option, option.isFlag() ? flagValue(option, arg.substring(eq + 1))
                    : checked(option, arg.substring(eq + 1)));
            return 0;
        }
        if (option.isFlag()) {
            put(values, option, "true");
            return 0;
        }
        String value = i + 1 < args.size() ? args.get(i + 1) : null;
        if (value == null || syntax.option(value).isPresent()) {
            throw new UsageException(name + " needs a value: " + name + "=" + option.label() + " or " + name + " "
                    + option.label(), syntax);
        }
        put(values, option, checked(option, value));
        return 1;
    }

    /** Whether {@code arg} asks for {@code standard}: its name, alias, or a cluster of flags including it. */
    private boolean names(String arg, Option standard) {
        Optional<Option> declared = syntax.option(standard.name());
        if (declared.isEmpty()) {
            return false;
        }
        String alias = declared.get().shortName();
        return arg.equals(standard.name()) || arg.equals(alias)
                || alias != null && isFlagCluster(arg) && arg.indexOf(alias.charAt(1)) > 0;
    }

    private boolean isFlagCluster(String arg) {
        if (arg.length() < 3 || arg.charAt(0) != '-' || arg.charAt(1) == '-') {
            return false;
        }
        return arg.substring(1).chars().allMatch(c -> syntax.option("-" + (char) c).filter(Option::isFlag).isPresent());
    }

    /**
     * {@code -x}, {@code -x VALUE} for an alias that takes a value, or a cluster of flags; returns how many
     * of the following arguments it used.
     */
    private int shortOptions(String arg, List<String> args, int i, Map<Option, String> values)
            throws UsageException {
        Optional<Option> option = syntax.option(arg);
        if (option.isPresent() && !option.get().isFlag()) {
            if (i + 1 >= args.size()) {
                throw new UsageException(arg + " needs a value: " + arg + " " + option.get().label(), syntax);
            }
            put(values, option.get(), checked(option.get(), args.get(i + 1)));
            return 1;
        }
        if (option.isPresent()) {
            put(values, option.get(), "true");
        } else if (isFlagCluster(arg)) {
            for (char c : arg.substring(1).toCharArray()) {
                put(values, syntax.option("-" + c).orElseThrow(), "true");
            }
        } else {
            known(arg);
        }
        return 0;
    }

    private Option known(String name) throws UsageException {
        Optional<Option> option = syntax.option(name);
        if (option.isPresent()) {
            return option.get();
        }
        String suggestion = Suggestions.closest(name, syntax.options().stream().map(Option::name).toList())
                .map(s -> " (did you mean " + s + "?)").orElse("");
        throw new UsageException("unknown option '" + name + "'" + suggestion, syntax);
    }

    private String checked(Option option, String value) throws UsageException {
        String problem = option.accepts().problem(value);
        if (problem != null) {
            throw new UsageException(option.name() + " " + problem + ", not '" + value + "'", syntax);
        }
        return value;
    }

    /** {@code --flag=true} and {@code --flag=false} spell out a flag. */
    private String flagValue(Option option, String value) throws UsageException {
        if (value.equalsIgnoreCase("true")) {
            return "true";
        }
        if (value.equalsIgnoreCase("false")) {
            return "false";
        }
        throw new UsageException(option.name() + " takes no value, not '" + value + "'", syntax);
    }

    private void put(Map<Option, String> values, Option option, String value) throws UsageException {
        if (values.putIfAbsent(option, value) != null) {
            throw new UsageException(option.name() + " is given twice; give it once", syntax);
        }
    }

    private void positional(String arg, List<String> positionals) throws UsageException {
        Positional allowed = syntax.positional();
        if (allowed == null) {
            throw new UsageException("unexpected argument '" + arg + "': " + syntax.invocation()
                    + " takes only options", syntax);
        }
        if (!allowed.many() && !positionals.isEmpty()) {
            throw new UsageException("unexpected argument '" + arg + "': " + syntax.invocation() + " takes one "
                    + allowed.label(), syntax);
        }
        positionals.add(arg);
    }
}
