package dev.handbook.render;

/**
 * Text as a quoted CSS string, safe inside a {@code <style>} element: quotes, backslashes, line breaks,
 * control characters and {@code < > &} become CSS hex escapes, so untrusted content (a phase title) can
 * never end the string or the element. Used for the printed running heads in {@code @page} margin boxes,
 * which take only strings, not markup.
 */
public final class CssString {
    private CssString() {}

    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20 || c == 0x7f
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                // The space ends the escape, so a following hex digit is not read as part of it.
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }
}
