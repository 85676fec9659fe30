package dev.handbook.render;

import dev.handbook.model.Heading;
import java.util.List;
import java.util.Set;

/**
 * Markdown rendered to safe HTML, with what later stages need to know about it.
 *
 * @param ids      every element id in the HTML: the targets of {@code #anchor} links
 * @param headings the headings in order, for search and tables of contents
 */
public record RenderedMarkdown(String html, Set<String> ids, List<Heading> headings) {
    public RenderedMarkdown {
        ids = Set.copyOf(ids);
        headings = List.copyOf(headings);
    }
}
