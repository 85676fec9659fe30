package dev.handbook.render;

/**
 * Escapes text for HTML, in text and in double- or single-quoted attributes, exactly as jsoup's
 * {@code Entities.escape(String)} does with its defaults: {@code & < > " '} and the no-break space by name,
 * C0 controls (but tab, line feed and carriage return) and unpaired surrogates by number; every other
 * character as it is (pages are UTF-8). Ours because jsoup's class builds its tables of 2,000 named
 * entities when first used, which a small build paid for the navigation's titles alone.
 */
final class HtmlEscape {
    private HtmlEscape() {}

    static String text(String s) {
        int first = 0;
        while (first < s.length() && plain(s, first)) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (plain(s, i)) {
                out.append(c);
                if (Character.isHighSurrogate(c)) {
                    out.append(s.charAt(++i)); // its pair: plain() saw it
                }
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\u00a0' -> out.append("&nbsp;");
                default -> out.append("&#x").append(Integer.toHexString(c)).append(';');
            }
        }
        return out.toString();
    }

    /** Whether the character at {@code i} is written as it is (a surrogate pair counts as plain). */
    private static boolean plain(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' && c != '\u00a0';
    }
}
