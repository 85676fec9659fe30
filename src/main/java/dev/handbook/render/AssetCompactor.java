package dev.handbook.render;

/**
 * Shrinks the theme's CSS and JavaScript as they are published, with changes that cannot alter meaning:
 * CSS loses its comments, indentation and the blanks beside delimiters; JavaScript loses only its
 * indentation and blank lines. Every page loads these files, and each page must stay within 50 KB of HTML,
 * CSS and JavaScript (issue 9); the sources in templates/assets/ stay commented and readable.
 *
 * <p>JavaScript comments are kept on purpose: telling a comment from a regular expression literal needs a
 * real parser. Indentation is safe to drop because only a template literal or a string continued with a
 * backslash can span lines; a file with either is published unchanged.
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
        if (lf.indexOf('`') >= 0 || lf.contains("\\\n")) {
            return text;
        }
        return lines(lf);
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
        while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\n') {
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
