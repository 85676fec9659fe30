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
    private static final Pattern TAG = Pattern.compile("<[A-Za-z/!?]");

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
        while (from <= text.length()) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            SourcePosition at = new SourcePosition(start.file(), start.line() + line, 1);
            if (end - from > MAX_LINE) {
                diagnostics.error(at, "line is " + (end - from) + " characters long, more than the limit of "
                        + MAX_LINE, "break it into shorter lines or paragraphs");
                return false;
            }
            int depth = nesting(text, from, end);
            if (depth > MAX_NESTING) {
                diagnostics.error(at, "quotes or lists are nested " + depth + " deep, more than the limit of "
                        + MAX_NESTING, "flatten the structure; no reader can follow that many levels");
                return false;
            }
            line++;
            from = end + 1;
        }
        Matcher tags = TAG.matcher(text);
        int count = 0;
        while (tags.find()) {
            if (++count > MAX_HTML_TAGS) {
                diagnostics.error(start, "page has more than " + MAX_HTML_TAGS + " raw HTML tags",
                        "write the page in Markdown; raw HTML is for the odd <details> or <kbd>");
                return false;
            }
        }
        return true;
    }

    private static int nesting(String text, int from, int end) {
        Matcher m = PREFIX.matcher(text).region(from, end);
        int depth = 0;
        while (m.find()) {
            depth++;
        }
        return depth;
    }
}
