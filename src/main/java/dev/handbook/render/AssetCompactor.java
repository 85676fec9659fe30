package dev.handbook.render;

/**
 * Shrinks the theme's CSS and JavaScript as they are published, with changes that cannot alter meaning:
 * CSS loses its comments, indentation, the blanks beside delimiters and each block's last ';'; JavaScript loses its comments,
 * indentation, blank lines and the blanks beside punctuation ("a = b" becomes "a=b"). Every page loads these files, so every byte counts against the page-weight
 * budget (issue 9); the sources in templates/assets/ stay commented and readable.
 *
 * <p>JavaScript is read token by token: strings and regular expression literals are copied as they are (a
 * '/' starts a regular expression where an operand is expected, as the language defines it), and line
 * breaks are kept, so automatic semicolon insertion reads the same. A file with a template literal that
 * embeds expressions, or a string continued with a backslash, is published unchanged. Every browser test
 * runs against the compacted files.
 */
public final class AssetCompactor {
    private AssetCompactor() {}

    /** The compacted text for a theme asset, or the text unchanged when it is neither CSS nor JavaScript. */
    public static String compact(String fileName, String text) {
        if (fileName.endsWith(".css")) {
            return css(text);
        }
        if (fileName.endsWith(".js")) {
            return js(text);
        }
        return text;
    }

    static String js(String text) {
        String lf = text.replace("\r\n", "\n");
        if (lf.contains("${") || lf.contains("\\\n")) {
            return text;
        }
        StringBuilder out = new StringBuilder(lf.length());
        int i = 0;
        while (i < lf.length()) {
            char c = lf.charAt(i);
            char next = i + 1 < lf.length() ? lf.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                int end = lf.indexOf('\n', i);
                i = end < 0 ? lf.length() : end;
            } else if (c == '/' && next == '*') {
                int end = lf.indexOf("*/", i + 2);
                i = end < 0 ? lf.length() : end + 2;
                out.append(' ');
            } else if (c == '"' || c == '\'' || c == '`') {
                int from = out.length();
                i = copyString(lf, i, out);
                if (c == '`' && out.indexOf("\n", from) >= 0) {
                    return text; // a template literal spans lines: stripping them would change its text
                }
            } else if (c == '/' && operandExpected(out)) {
                i = copyRegex(lf, i, out);
            } else if (c == ' ' || c == '\t') {
                int end = i;
                while (end < lf.length() && (lf.charAt(end) == ' ' || lf.charAt(end) == '\t')) {
                    end++;
                }
                char before = out.length() == 0 ? '\n' : out.charAt(out.length() - 1);
                char after = end < lf.length() ? lf.charAt(end) : '\n';
                if (blankNeeded(before, after)) {
                    out.append(' ');
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return lines(out.toString());
    }

    /**
     * Whether a blank between these two characters carries meaning: between two parts of names, keywords or
     * numbers ("var x", "return a"), between signs that would join ("a - -b", "i++ + 1"), and beside a '/'
     * (kept so that a division never becomes a comment or a regular expression's edge).
     */
    private static boolean blankNeeded(char before, char after) {
        return word(before) && word(after) || "+-".indexOf(before) >= 0 && "+-".indexOf(after) >= 0
                || before == '/' || after == '/';
    }

    private static boolean word(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
    }

    /** Whether a '/' here starts a regular expression: after an operator, a bracket, or a keyword like return. */
    private static boolean operandExpected(StringBuilder out) {
        int end = out.length() - 1;
        while (end >= 0 && Character.isWhitespace(out.charAt(end))) {
            end--;
        }
        if (end < 0) {
            return true;
        }
        char last = out.charAt(end);
        if ("(,=:[!&|?{};+-*%<>~^".indexOf(last) >= 0) {
            return true;
        }
        int start = end;
        while (start >= 0 && Character.isLetter(out.charAt(start))) {
            start--;
        }
        String word = out.substring(start + 1, end + 1);
        return java.util.Set.of("return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void",
                "throw", "instanceof").contains(word);
    }

    /** Copies the regular expression literal at {@code start}, with its flags; returns the index after it. */
    private static int copyRegex(String s, int start, StringBuilder out) {
        int i = start + 1;
        boolean inClass = false;
        while (i < s.length() && s.charAt(i) != '\n') {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                break;
            }
            i++;
        }
        i++;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        int end = Math.min(i, s.length());
        out.append(s, start, end);
        return end;
    }

    static String css(String text) {
        String lf = text.replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(lf.length());
        int i = 0;
        while (i < lf.length()) {
            char c = lf.charAt(i);
            if (c == '/' && i + 1 < lf.length() && lf.charAt(i + 1) == '*') {
                int end = lf.indexOf("*/", i + 2);
                end = end < 0 ? lf.length() : end + 2;
                boolean spaced = out.length() == 0 || Character.isWhitespace(out.charAt(out.length() - 1))
                        || end >= lf.length() || Character.isWhitespace(lf.charAt(end));
                if (!spaced) {
                    // Between two tokens ("0/**/auto") a comment separates them: removing it would join them.
                    out.append(lf, i, end);
                }
                i = end;
            } else if (c == '"' || c == '\'') {
                i = copyString(lf, i, out);
            } else if (lf.startsWith("url(", i)) {
                // An unquoted url(...) may hold "/*" that is not a comment.
                int end = lf.indexOf(')', i);
                end = end < 0 ? lf.length() : end + 1;
                out.append(lf, i, end);
                i = end;
            } else if (c == ' ' || c == '\t') {
                // Blanks after a delimiter, or repeated, are noise; a blank between two words is not.
                char before = out.length() == 0 ? '\n' : out.charAt(out.length() - 1);
                if (";{},:\n ".indexOf(before) < 0) {
                    out.append(' ');
                }
                i++;
            } else {
                if ("{};".indexOf(c) >= 0 && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1);
                }
                if (c == '}' && out.length() > 0 && out.charAt(out.length() - 1) == ';') {
                    out.setLength(out.length() - 1); // the last declaration needs no ';'
                }
                out.append(c);
                i++;
            }
        }
        return lines(out.toString());
    }

    /** Copies the string literal starting at {@code start} (escapes included); returns the index after it. */
    private static int copyString(String s, int start, StringBuilder out) {
        char quote = s.charAt(start);
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != quote && (quote == '`' || s.charAt(i) != '\n')) {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        int end = Math.min(i + 1, s.length());
        out.append(s, start, end);
        return end;
    }

    /** Each line without its leading and trailing blanks; blank lines dropped. */
    private static String lines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (!t.isEmpty()) {
                out.append(t).append('\n');
            }
        }
        return out.toString();
    }
}
