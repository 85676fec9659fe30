package dev.handbook.render.highlight;

/**
 * Writes highlighted code: text escaped as commonmark-java escapes code ({@code & < > "}), tokens wrapped in
 * {@code <span class="hl-...">}. Neighbouring tokens of one class share a span, and a span never crosses a
 * line break, so each line's markup stands alone. Nested spans (a console command) open with {@link #open}.
 */
final class Spans {
    private final StringBuilder out;
    /** The class of the span left open for merging, or null. */
    private TokenClass pending;
    private int nested;

    Spans(int capacity) {
        out = new StringBuilder(capacity + capacity / 2);
    }

    /** Text outside any token. */
    Spans text(CharSequence s, int start, int end) {
        close();
        escape(s, start, end);
        return this;
    }

    Spans text(CharSequence s) {
        return text(s, 0, s.length());
    }

    /** A token; {@code kind} null writes it as plain text. */
    Spans token(TokenClass kind, CharSequence s, int start, int end) {
        if (kind == null) {
            return text(s, start, end);
        }
        if (start == end) {
            return this;
        }
        if (pending != kind) {
            close();
            out.append("<span class=\"").append(kind.css()).append("\">");
            pending = kind;
        }
        escapeLines(s, start, end);
        return this;
    }

    Spans token(TokenClass kind, CharSequence s) {
        return token(kind, s, 0, s.length());
    }

    /** Opens a span that holds other tokens, until {@link #end}. */
    Spans open(TokenClass kind) {
        close();
        out.append("<span class=\"").append(kind.css()).append("\">");
        nested++;
        return this;
    }

    Spans end() {
        close();
        if (nested == 0) {
            throw new IllegalStateException("no open span");
        }
        out.append("</span>");
        nested--;
        return this;
    }

    private void close() {
        if (pending != null) {
            out.append("</span>");
            pending = null;
        }
    }

    /** A token's text, closing and reopening its span around line breaks. */
    private void escapeLines(CharSequence s, int start, int end) {
        int from = start;
        for (int i = start; i < end; i++) {
            if (s.charAt(i) == '\n') {
                escape(s, from, i);
                TokenClass kind = pending;
                close();
                out.append('\n');
                from = i + 1;
                if (from < end) {
                    out.append("<span class=\"").append(kind.css()).append("\">");
                    pending = kind;
                }
            }
        }
        escape(s, from, end);
    }

    private void escape(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }

    @Override
    public String toString() {
        close();
        if (nested != 0) {
            throw new IllegalStateException(nested + " span(s) left open");
        }
        return out.toString();
    }
}
