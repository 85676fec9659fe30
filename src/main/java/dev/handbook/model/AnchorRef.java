package dev.handbook.model;

import dev.handbook.diag.SourcePosition;

/** A link to {@code #fragment} on the page {@code target}, written at {@code at}; checked after rendering. */
public record AnchorRef(Page target, String fragment, SourcePosition at) {
    /** Where a fragment directive starts (a text fragment, #id:~:text=...): what follows is for the browser. */
    static final String DIRECTIVE = ":~:";

    /** The id {@code fragment} names: all of it, or what comes before a fragment directive's ":~:". */
    public static String idOf(String fragment) {
        int directive = fragment.indexOf(DIRECTIVE);
        return directive < 0 ? fragment : fragment.substring(0, directive);
    }
}
