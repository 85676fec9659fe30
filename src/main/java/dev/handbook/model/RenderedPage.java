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
    /**
     * The same page without its HTML, once written: a large build keeps only what the checks need, and its
     * ids in an array rather than a hash set (10,000 pages hold half a million ids: ~20 MB less).
     */
    public RenderedPage withoutHtml() {
        return new RenderedPage(page, output, "", ids.isEmpty() ? Set.of() : new IdArray(ids), headings);
    }

    /** A page's ids in their order on the page; looked up by a scan, as the anchor check does a few times. */
    private static final class IdArray extends java.util.AbstractSet<String> {
        private final String[] ids;

        IdArray(Set<String> ids) {
            this.ids = ids.toArray(String[]::new);
        }

        @Override
        public boolean contains(Object o) {
            for (String id : ids) {
                if (id.equals(o)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.asList(ids).iterator();
        }

        @Override
        public int size() {
            return ids.length;
        }
    }
}
