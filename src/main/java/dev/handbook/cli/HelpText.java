package dev.handbook.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Help as people read it in a terminal: a usage line, the description, then each option (and positional
 * argument) with its description in one aligned column, wrapped at {@link #WIDTH} characters.
 */
final class HelpText {
    /** Wide enough for a default terminal, short enough to read. */
    static final int WIDTH = 80;
    /** Space between the widest option and the descriptions. */
    private static final int GAP = 3;

    /** The help of one command. */
    String command(CommandSyntax syntax) {
        StringBuilder text = new StringBuilder();
        text.append(usage(syntax));
        syntax.description().forEach(paragraph -> text.append(wrap(paragraph, "", "")));
        List<String[]> rows = new ArrayList<>();
        if (syntax.positional() != null) {
            rows.add(new String[] {"      " + syntax.positional().synopsis(), syntax.positional().description()});
        }
        for (Option option : syntax.options()) {
            String names = (option.shortName() == null ? "    " : option.shortName() + ", ") + option.synopsis();
            String description = option.defaultValue() == null ? option.description()
                    : option.description().replace("${DEFAULT}", option.defaultValue());
            rows.add(new String[] {"  " + names, description});
        }
        text.append(table(rows));
        return text.toString();
    }

    /** The top-level help: the usage, the top-level options, and each command with its first paragraph. */
    String overview(CommandSyntax top, List<CommandSyntax> commands) {
        StringBuilder text = new StringBuilder(command(top));
        text.append("Commands:\n");
        List<String[]> rows = new ArrayList<>();
        for (CommandSyntax c : commands) {
            rows.add(new String[] {"  " + c.name(), c.description().get(0)});
        }
        text.append(table(rows));
        text.append(wrap("Run 'handbook COMMAND --help' for a command's options.", "", ""));
        return text.toString();
    }

    /** {@code Usage: handbook build [-hV] [--source=DIR] ...}, continued under the first option. */
    private String usage(CommandSyntax syntax) {
        List<String> parts = new ArrayList<>();
        StringBuilder shortFlags = new StringBuilder();
        for (Option option : syntax.options()) {
            if (option.shortName() != null && option.isFlag()) {
                shortFlags.append(option.shortName().charAt(1));
            }
        }
        if (shortFlags.length() > 0) {
            parts.add("[-" + shortFlags + "]");
        }
        for (Option option : syntax.options()) {
            if (option.shortName() == null || !option.isFlag()) {
                parts.add("[" + option.synopsis() + "]");
            }
        }
        if (syntax.name().equals("handbook")) {
            parts.add("COMMAND");
        } else if (syntax.positional() != null) {
            parts.add(syntax.positional().synopsis());
        }
        String lead = "Usage: " + syntax.invocation() + " ";
        return wrap(String.join(" ", parts), lead, " ".repeat(lead.length()));
    }

    /** Two columns: the left padded to the widest entry plus {@link #GAP}, the right wrapped beside it. */
    private String table(List<String[]> rows) {
        int column = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0) + GAP;
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            text.append(wrap(row[1], row[0] + " ".repeat(column - row[0].length()), " ".repeat(column)));
        }
        return text.toString();
    }

    /** Words of {@code text} in lines of at most {@link #WIDTH}, the first after {@code first}. */
    private String wrap(String text, String first, String indent) {
        StringBuilder out = new StringBuilder(first);
        int lineStart = 0;
        boolean lineEmpty = true;
        for (String word : text.split(" ")) {
            if (!lineEmpty && out.length() - lineStart + 1 + word.length() > WIDTH) {
                out.append('\n');
                lineStart = out.length();
                out.append(indent);
                lineEmpty = true;
            }
            if (!lineEmpty) {
                out.append(' ');
            }
            out.append(word);
            lineEmpty = false;
        }
        return out.append('\n').toString();
    }
}
