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
        String normal = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        int hash = 0x811c9dc5;
        for (int i = 0; i < normal.length(); i++) {
            hash ^= normal.charAt(i);
            hash *= 0x01000193;
        }
        return Long.toString(hash & 0xffffffffL, 36);
    }
}
