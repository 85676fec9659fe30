package dev.handbook.render;

/**
 * JSON string literals for the little JSON the site and the dev server write by hand (the search index,
 * reload messages). Also valid JavaScript: U+2028/2029 are escaped for older engines, and '<' so that the
 * text can never close a script element wherever it ends up.
 */
public final class JsonText {
    private JsonText() {}

    public static String quote(String s) {
        // Runs of plain characters are appended whole, from an array: per character, charAt and append are
        // calls in the build's C1-compiled code (the search index quotes every page's text).
        char[] chars = s.toCharArray();
        StringBuilder out = new StringBuilder(chars.length + 2).append('"');
        int run = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            out.append(chars, run, i - run);
            run = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.append(chars, run, chars.length - run).append('"').toString();
    }
}
