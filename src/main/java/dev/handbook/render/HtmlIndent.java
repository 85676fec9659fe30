package dev.handbook.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes the indentation of lines: the templates are indented for their readers, and the blanks cost every
 * page a kilobyte or two of its 50 KB (issue 9). {@link Templates} applies it to each template as it is
 * read, so no page pays for it. A line break stays, so the text reads and wraps exactly as before (HTML
 * collapses a break and blanks into one space), and nothing inside {@code <pre>} or {@code <textarea>} is
 * touched, where blanks are content.
 */
final class HtmlIndent {
    private HtmlIndent() {}

    static String strip(String html) {
        StringBuilder out = new StringBuilder(html.length());
        List<int[]> raw = rawBlocks(html);
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
     * when missing), in order: one pass over the page, whatever its size (the booklet is megabytes), and no
     * lower-cased copy of it.
     */
    private static List<int[]> rawBlocks(String html) {
        List<int[]> blocks = new ArrayList<>();
        int i = html.indexOf('<');
        while (i >= 0) {
            // Most tags start with neither letter: one comparison rules them out.
            char first = i + 1 < html.length() ? (char) (html.charAt(i + 1) | 0x20) : ' ';
            String name = first == 'p' && startTag(html, i, "pre") ? "pre"
                    : first == 't' && startTag(html, i, "textarea") ? "textarea" : null;
            if (name == null) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            int close = endTag(html, i + 1, name);
            blocks.add(new int[] {i, close < 0 ? html.length() : close});
            if (close < 0) {
                return blocks;
            }
            i = html.indexOf('<', close + 1);
        }
        return blocks;
    }

    /** Whether a start tag {@code name} (any case, then '>' or a blank) begins at {@code at}, a '<'. */
    private static boolean startTag(String html, int at, String name) {
        int after = at + 1 + name.length();
        if (!html.regionMatches(true, at + 1, name, 0, name.length())) {
            return false;
        }
        char next = after < html.length() ? html.charAt(after) : '>';
        return next == '>' || Character.isWhitespace(next);
    }

    /** Where the end tag {@code </name>} (any case) begins at or after {@code from}, or -1. */
    private static int endTag(String html, int from, String name) {
        int i = html.indexOf("</", from);
        while (i >= 0) {
            if (html.regionMatches(true, i + 2, name, 0, name.length())
                    && i + 2 + name.length() < html.length() && html.charAt(i + 2 + name.length()) == '>') {
                return i;
            }
            i = html.indexOf("</", i + 2);
        }
        return -1;
    }
}
