package dev.handbook.load;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.Markdown;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounds a page's Markdown before anything parses it, so a hostile or broken file gives a located error
 * instead of a long render. The limits sit far above any real handbook page (the largest phase page is
 * ~3 KB) and below the sizes where rendering and sanitising would take seconds (measured: 600 KB of
 * nested raw HTML takes ~5 s to sanitise).
 */
final class MarkdownLimits {
    static final int MAX_CHARS = 500_000;
    static final int MAX_LINE = 20_000;
    static final int MAX_NESTING = 32;
    static final int MAX_HTML_TAGS = 5_000;
    private static final Pattern PREFIX = Pattern.compile("\\G[ \\t]{0,3}(?:>|[-+*](?=[ \\t])|\\d{1,9}[.)](?=[ \\t]))[ \\t]*");

    private MarkdownLimits() {}

    /** @return false (with a diagnostic) when the Markdown must not be rendered */
    static boolean check(Markdown markdown, Diagnostics diagnostics) {
        String text = markdown.source();
        SourcePosition start = markdown.start();
        if (text.length() > MAX_CHARS) {
            diagnostics.error(start, "page body is " + text.length() + " characters, more than the limit of "
                    + MAX_CHARS, "split it into several pages");
            return false;
        }
        int line = 0;
        int from = 0;
        Matcher prefix = PREFIX.matcher(text);
        while (from <= text.length()) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            if (end - from > MAX_LINE) {
                diagnostics.error(new SourcePosition(start.file(), start.line() + line, 1), "line is " + (end - from)
                        + " characters long, more than the limit of " + MAX_LINE,
                        "break it into shorter lines or paragraphs");
                return false;
            }
            int depth = mayNest(text, from, end) ? nesting(prefix, from, end) : 0;
            if (depth > MAX_NESTING) {
                diagnostics.error(new SourcePosition(start.file(), start.line() + line, 1), "quotes or lists are"
                        + " nested " + depth + " deep, more than the limit of " + MAX_NESTING,
                        "flatten the structure; no reader can follow that many levels");
                return false;
            }
            line++;
            from = end + 1;
        }
        int count = 0;
        for (int lt = text.indexOf('<'); lt >= 0 && lt + 1 < text.length(); lt = text.indexOf('<', lt + 1)) {
            char next = text.charAt(lt + 1);
            boolean tag = next >= 'A' && next <= 'Z' || next >= 'a' && next <= 'z' || next == '/' || next == '!'
                    || next == '?';
            if (tag && ++count > MAX_HTML_TAGS) {
                diagnostics.error(start, "page has more than " + MAX_HTML_TAGS + " raw HTML tags",
                        "write the page in Markdown; raw HTML is for the odd <details> or <kbd>");
                return false;
            }
        }
        return true;
    }

    /** Whether the line can open a quote or list at all: most lines of prose cannot, and skip the pattern. */
    private static boolean mayNest(String text, int from, int end) {
        int i = from;
        while (i < end && i - from < 3 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= end) {
            return false;
        }
        char c = text.charAt(i);
        return c == '>' || c == '-' || c == '+' || c == '*' || c >= '0' && c <= '9';
    }

    private static int nesting(Matcher m, int from, int end) {
        m.region(from, end);
        int depth = 0;
        while (m.find()) {
            depth++;
        }
        return depth;
    }
}
