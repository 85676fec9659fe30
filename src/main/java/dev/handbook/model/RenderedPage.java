package dev.handbook.model;

import java.util.List;
import java.util.Set;

/**
 * A page rendered to its final HTML.
 *
 * @param page     the content page, or null for pages the site adds (404)
 * @param ids      every id on the page, for anchor checks
 * @param headings the body's headings, for search
 */
public record RenderedPage(Page page, SitePath output, String html, Set<String> ids, List<Heading> headings) {
    /** The same page without its HTML, once written: a large build keeps only what the checks need. */
    public RenderedPage withoutHtml() {
        return new RenderedPage(page, output, "", ids, headings);
    }
}
