package dev.handbook.render;

import dev.handbook.diag.SourcePosition;

/**
 * Decides what a link or image destination written in Markdown becomes in the site, and reports links
 * that lead nowhere. Rendering calls it once per link, with the link's position in its source file.
 */
public interface LinkResolver {
    /** @return the destination to publish; may be the same string */
    String resolve(String destination, boolean image, SourcePosition at);

    /** Leaves every destination as written (for rendering outside a handbook). */
    LinkResolver AS_WRITTEN = (destination, image, at) -> destination;
}
