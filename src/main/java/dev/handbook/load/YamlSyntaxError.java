package dev.handbook.load;

import static org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML syntax error told at its cause. SnakeYAML reports where it gave up, which for an unclosed quote
 * or bracket is the end of the file, or the next quote, lines later; this finds where the broken construct
 * opens and names the usual mistakes: an unclosed quote or bracket, a tab, {@code ": "} inside unquoted
 * text, text that starts with a character YAML reserves. Anything else keeps SnakeYAML's own words.
 *
 * @param line   1-based, inside the YAML text
 * @param column 1-based, in characters
 */
record YamlSyntaxError(int line, int column, String message, String hint) {
    static final String GENERIC_HINT = "check indentation and quote text that contains ': ', ' #' or starts with a"
            + " special character such as ` * & ! [ {";

    /**
     * A value on a line, after the indentation, any list dashes and an optional plain key: group 1 is the
     * key ("" when there is none), group 2 the value.
     */
    private static final Pattern VALUE = Pattern.compile("^\\s*(?:-\\s+)*(?:([^\\s\"'#\\[{][^#]*?):\\s+)?(\\S.*)$");

    private static final Pattern BLOCK_SCALAR = Pattern.compile(".*(?::|^\\s*-)\\s+[|>][0-9+-]*\\s*(#.*)?");

    /** @param lineOffset lines of the file before the YAML, to name a line of the file in a message */
    static YamlSyntaxError of(MarkedYAMLException e, String yaml, int lineOffset) {
        String[] lines = yaml.split("\n", -1);
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = at == null ? 0 : at.getLine();
        int column = at == null ? 0 : at.getColumn();

        YamlSyntaxError quote = unclosedQuote(lines, line, lineOffset);
        if (quote != null) {
            return quote;
        }
        if (problem.contains("stream end") && context.startsWith("while parsing a flow")) {
            YamlSyntaxError bracket = unclosedBracket(lines, line);
            if (bracket != null) {
                return bracket;
            }
        }
        String text = line < lines.length ? lines[line] : "";
        if (problem.contains("(TAB)")) {
            boolean indentation = text.substring(0, Math.min(column, text.length())).isBlank();
            return new YamlSyntaxError(line + 1, column + 1, indentation ? "invalid YAML: a tab in the indentation"
                    : "invalid YAML: a tab before a value", indentation
                    ? "indent with spaces only: YAML does not allow tabs for indentation"
                    : "write a space instead: YAML does not allow a tab after ':' or '-'");
        }
        if (problem.contains("cannot start any token") && column < text.length()) {
            return new YamlSyntaxError(line + 1, column + 1, "invalid YAML: text cannot start with '"
                    + text.charAt(column) + "' unless it is quoted", "put the whole text in quotes: " + quoted(text));
        }
        Matcher value = VALUE.matcher(text);
        if (value.matches() && value.start(2) < column) {
            int start = value.start(2);
            char first = text.charAt(start);
            if (problem.startsWith("mapping values are not allowed")) {
                return new YamlSyntaxError(line + 1, columnOf(text, start),
                        "invalid YAML: this text contains ': ', which YAML reads as the start of a new key",
                        "put the whole text in quotes: " + quoted(text));
            }
            if (problem.startsWith("expected <block end>") && (first == '[' || first == '{')) {
                return new YamlSyntaxError(line + 1, columnOf(text, start), "invalid YAML: text starting with '"
                        + first + "' is read as a " + (first == '[' ? "list" : "mapping"),
                        "put the whole text in quotes: " + quoted(text));
            }
            if (problem.startsWith("expected <block end>") && (first == '"' || first == '\'')) {
                return new YamlSyntaxError(line + 1, columnOf(text, start),
                        "invalid YAML: the text goes on after its closing quote",
                        "put the quotes around the whole text, or leave them out: " + quoted(text));
            }
        }
        String said = ((context.isEmpty() ? "" : context + ": ") + problem).replaceAll("\\s+", " ").trim();
        return new YamlSyntaxError(line + 1, column + 1, "invalid YAML: " + said, GENERIC_HINT);
    }

    /**
     * The first quote that opens a value and is not closed on its line, at or before the line where parsing
     * stopped, or null. YAML lets a quoted text run over several lines, so such a quote swallows the lines
     * after it; in a handbook's files it is always a quote left open.
     */
    private static YamlSyntaxError unclosedQuote(String[] lines, int stoppedAt, int lineOffset) {
        int blockIndent = -1; // inside a block scalar ('|' or '>'), lines indented more than its key are text
        for (int i = 0; i <= stoppedAt && i < lines.length; i++) {
            int indent = lines[i].length() - lines[i].stripLeading().length();
            if (blockIndent >= 0 && (lines[i].isBlank() || indent > blockIndent)) {
                continue;
            }
            blockIndent = BLOCK_SCALAR.matcher(lines[i]).matches() ? indent : -1;
            Matcher value = VALUE.matcher(lines[i]);
            if (!value.matches()) {
                continue;
            }
            int start = value.start(2);
            char quote = lines[i].charAt(start);
            if ((quote == '"' || quote == '\'') && !closes(lines[i], start + 1, quote)) {
                String gaveUp = i == stoppedAt ? "" : " (YAML read on to line " + (lineOffset + stoppedAt + 1) + ")";
                return new YamlSyntaxError(i + 1, columnOf(lines[i], start),
                        "invalid YAML: the quote opened here is not closed on its line" + gaveUp,
                        "end the text with " + quote + " on this line");
            }
        }
        return null;
    }

    /** The first value that opens a {@code [} or {@code {} its line does not close, up to line {@code last}. */
    private static YamlSyntaxError unclosedBracket(String[] lines, int last) {
        for (int i = 0; i <= last && i < lines.length; i++) {
            Matcher value = VALUE.matcher(lines[i]);
            if (!value.matches() || "[{".indexOf(lines[i].charAt(value.start(2))) < 0) {
                continue;
            }
            int depth = 0;
            for (char c : value.group(2).toCharArray()) {
                depth += c == '[' || c == '{' ? 1 : c == ']' || c == '}' ? -1 : 0;
            }
            if (depth > 0) {
                char bracket = lines[i].charAt(value.start(2));
                return new YamlSyntaxError(i + 1, columnOf(lines[i], value.start(2)), "invalid YAML: the '" + bracket
                        + "' opened here is never closed", "close it with '" + (bracket == '[' ? ']' : '}')
                        + "', or put the whole text in quotes if it is text: " + quoted(lines[i]));
            }
        }
        return null;
    }

    /** Whether {@code quote} closes after {@code from}: an unescaped {@code "}, or a {@code '} not doubled. */
    private static boolean closes(String line, int from, char quote) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    /** The line with its value in quotes, as a hint shows it: double quotes unless the text needs single. */
    static String quoted(String line) {
        Matcher value = VALUE.matcher(line);
        if (!value.matches()) {
            return "\"...\"";
        }
        String text = value.group(2).strip();
        if (text.length() > 60) {
            text = text.substring(0, 57) + "...";
        }
        String inQuotes = text.contains("\"") || text.contains("\\") ? "'" + text.replace("'", "''") + "'"
                : "\"" + text + "\"";
        return line.substring(0, value.start(2)).strip().isEmpty() ? inQuotes
                : line.substring(0, value.start(2)).strip() + " " + inQuotes;
    }

    /**
     * The text a one-line {@code key: value} mapping was meant to be ({@code - You can explain ownership:
     * who frees what}), or null when the node is not such a pair.
     */
    static String textWithColon(Node node) {
        if (node instanceof MappingNode map && map.getValue().size() == 1
                && map.getValue().get(0).getKeyNode() instanceof ScalarNode k && k.getScalarStyle() == PLAIN
                && map.getValue().get(0).getValueNode() instanceof ScalarNode v && v.getScalarStyle() == PLAIN
                && !v.getTag().equals(Tag.NULL) && k.getStartMark().getLine() == v.getEndMark().getLine()) {
            return k.getValue() + ": " + v.getValue();
        }
        return null;
    }

    private static int columnOf(String line, int index) {
        return line.codePointCount(0, index) + 1;
    }
}
