package dev.handbook.render;

/**
 * JSON string literals for the little JSON the site and the dev server write by hand (the search index,
 * reload messages). Also valid JavaScript: U+2028/2029 are escaped for older engines, and '<' so that the
 * text can never close a script element wherever it ends up.
 */
public final class JsonText {
    private JsonText() {}

    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
