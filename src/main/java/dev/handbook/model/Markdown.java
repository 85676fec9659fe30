package dev.handbook.model;

import dev.handbook.diag.SourcePosition;

/**
 * Markdown source with the place it starts, so problems found while rendering can be located.
 *
 * @param source the Markdown text, LF line endings
 * @param start  where the first character of {@code source} stands in its file
 */
public record Markdown(String source, SourcePosition start) {
    public static Markdown empty(String file) {
        return new Markdown("", SourcePosition.of(file));
    }

    public boolean isBlank() {
        return source.isBlank();
    }
}
