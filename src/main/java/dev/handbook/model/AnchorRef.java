package dev.handbook.model;

import dev.handbook.diag.SourcePosition;

/** A link to {@code #fragment} on the page {@code target}, written at {@code at}; checked after rendering. */
public record AnchorRef(Page target, String fragment, SourcePosition at) {}
