package dev.handbook.render;

import dev.handbook.diag.SourcePosition;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a link or image destination written in Markdown becomes in the site, and reports links
 * that lead nowhere. Rendering calls it once per link, with the link's position in its source file.
 */
public interface LinkResolver {
    /** @return the destination to publish; may be the same string */
    String resolve(String destination, boolean image, SourcePosition at);

    /** Leaves every destination as written (for the renderer alone). */
    LinkResolver AS_WRITTEN = (destination, image, at) -> destination;

    /**
     * A relative link to a {@code .md} file becomes the same path ending in {@code .html}, as the build
     * publishes pages (content/a/b.md is a/b.html), with any {@code #fragment} kept. For rendering one file
     * outside a handbook, where the targets cannot be checked.
     */
    LinkResolver PAGES_AS_HTML = new LinkResolver() {
        private final Pattern page = Pattern.compile("([^:/?#][^:?#]*)\\.md((?:\\?[^#]*)?(?:#.*)?)");

        @Override
        public String resolve(String destination, boolean image, SourcePosition at) {
            Matcher m = page.matcher(destination);
            return !image && m.matches() && !destination.startsWith("//") ? m.group(1) + ".html" + m.group(2)
                    : destination;
        }
    };
}
