package dev.handbook.render;

import java.util.Locale;

/**
 * A short, stable hash of an item's text, stored with a learner's tick: when the text later hashes
 * differently, the page can say the item changed since it was ticked. Whitespace and case are ignored
 * so a typo fix in spacing does not alarm anyone. FNV-1a (32 bit), in base 36.
 */
public final class TextHash {
    private TextHash() {}

    public static String of(String text) {
        String normal = collapsed(text.strip()).toLowerCase(Locale.ROOT);
        int hash = 0x811c9dc5;
        for (int i = 0; i < normal.length(); i++) {
            hash ^= normal.charAt(i);
            hash *= 0x01000193;
        }
        return Long.toString(hash & 0xffffffffL, 36);
    }

    /**
     * Each run of {@code \\s} characters (space, tab, line breaks, vertical tab, form feed) as one space,
     * exactly as {@code replaceAll("\\s+", " ")} did: stored hashes must not change. A loop, because the
     * regular expression was a visible part of a large build.
     */
    static String collapsed(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString();
    }
}
