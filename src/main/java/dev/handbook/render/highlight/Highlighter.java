package dev.handbook.render.highlight;

/** Colours code at build time. Implementations are deterministic and safe to share between threads. */
public interface Highlighter {
    /**
     * The code as HTML, escaped as commonmark-java escapes code ({@code & < > "}), with token spans; or null
     * when {@code language} (a fenced block's info word, any case) is not one this highlighter knows.
     */
    String highlight(String language, String code);

    /** Whether {@link #highlight} colours this language, or knowingly leaves it plain ({@code text}). */
    boolean knows(String language);
}
