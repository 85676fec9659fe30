package dev.handbook.model;

import dev.handbook.diag.SourcePosition;

/**
 * Markdown source with the place it starts, so problems found while rendering can be located.
 *
 * @param source the Markdown text, LF line endings
 * @param start  where the first character of {@code source} stands in its file
 * @param indent how many columns every line but the first is indented by in its file (a YAML block scalar's
 *               lines are; 0 for a page's body)
 */
public record Markdown(String source, SourcePosition start, int indent) {
    public Markdown(String source, SourcePosition start) {
        this(source, start, 0);
    }

    public static Markdown empty(String file) {
        return new Markdown("", SourcePosition.of(file));
    }

    public boolean isBlank() {
        return source.isBlank();
    }
}
