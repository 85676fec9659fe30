package dev.handbook.render;

import java.util.ArrayList;
import java.util.List;
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
        List<int[]> raw = rawBlocks(html.toLowerCase(Locale.ROOT));
        int block = 0;
        int at = 0;
        while (at < html.length()) {
            int end = html.indexOf('\n', at);
            end = end < 0 ? html.length() : end + 1;
            while (block < raw.size() && raw.get(block)[1] < at) {
                block++;
            }
            boolean inside = block < raw.size() && raw.get(block)[0] < at;
            int from = at;
            if (!inside) {
                while (from < end && (html.charAt(from) == ' ' || html.charAt(from) == '\t')) {
                    from++;
                }
            }
            out.append(html, from, end);
            at = end;
        }
        return out.toString();
    }

    /**
     * Each raw block as {start of its start tag, start of its end tag} (the end tag at the document's length
     * when missing), in order: one pass over the page, whatever its size (the booklet is megabytes).
     */
    private static List<int[]> rawBlocks(String lower) {
        List<int[]> blocks = new ArrayList<>();
        int i = 0;
        while (true) {
            int pre = opening(lower, "<pre", i);
            int area = opening(lower, "<textarea", i);
            if (pre < 0 && area < 0) {
                return blocks;
            }
            boolean isPre = pre >= 0 && (area < 0 || pre < area);
            int open = isPre ? pre : area;
            int close = lower.indexOf(isPre ? "</pre>" : "</textarea>", open + 1);
            blocks.add(new int[] {open, close < 0 ? lower.length() : close});
            if (close < 0) {
                return blocks;
            }
            i = close + 1;
        }
    }

    /** Where the start tag {@code tag} (followed by '>' or a blank) begins at or after {@code from}, or -1. */
    private static int opening(String lower, String tag, int from) {
        int i = lower.indexOf(tag, from);
        while (i >= 0) {
            char next = i + tag.length() < lower.length() ? lower.charAt(i + tag.length()) : '>';
            if (next == '>' || Character.isWhitespace(next)) {
                return i;
            }
            i = lower.indexOf(tag, i + 1);
        }
        return -1;
    }
}
