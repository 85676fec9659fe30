package dev.handbook.render;

import java.util.Locale;

/**
 * Removes the indentation of a rendered page's lines: the templates are indented for their readers, and the
 * blanks cost every page a kilobyte or two of its 50 KB (issue 9). A line break stays, so the text reads and
 * wraps exactly as before (HTML collapses a break and blanks into one space), and nothing inside
 * {@code <pre>} or {@code <textarea>} is touched, where blanks are content.
 */
final class HtmlIndent {
    private HtmlIndent() {}

    static String strip(String html) {
        StringBuilder out = new StringBuilder(html.length());
        String lower = html.toLowerCase(Locale.ROOT);
        String closing = null; // the end tag that ends the raw block we are in, or null
        int at = 0;
        while (at < html.length()) {
            int end = html.indexOf('\n', at);
            end = end < 0 ? html.length() : end + 1;
            int from = at;
            if (closing == null) {
                while (from < end && (html.charAt(from) == ' ' || html.charAt(from) == '\t')) {
                    from++;
                }
            }
            out.append(html, from, end);
            closing = rawState(lower, at, end, closing);
            at = end;
        }
        return out.toString();
    }

    /** The raw block open at the end of the line [from, to), given the one open at its start. */
    private static String rawState(String lower, int from, int to, String closing) {
        int i = from;
        while (i < to) {
            if (closing != null) {
                int close = lower.indexOf(closing, i);
                if (close < 0 || close >= to) {
                    return closing;
                }
                i = close + closing.length();
                closing = null;
            } else {
                int pre = opening(lower, "<pre", i, to);
                int area = opening(lower, "<textarea", i, to);
                if (pre < 0 && area < 0) {
                    return null;
                }
                boolean isPre = pre >= 0 && (area < 0 || pre < area);
                closing = isPre ? "</pre>" : "</textarea>";
                i = (isPre ? pre : area) + 1;
            }
        }
        return closing;
    }

    /** Where the start tag {@code tag} (followed by '>' or a blank) begins in [from, to), or -1. */
    private static int opening(String lower, String tag, int from, int to) {
        int i = lower.indexOf(tag, from);
        while (i >= 0 && i < to) {
            char next = i + tag.length() < lower.length() ? lower.charAt(i + tag.length()) : '>';
            if (next == '>' || Character.isWhitespace(next)) {
                return i;
            }
            i = lower.indexOf(tag, i + 1);
        }
        return -1;
    }
}
