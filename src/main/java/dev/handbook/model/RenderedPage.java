package dev.handbook.model;

import java.util.List;
import java.util.Set;

/**
 * A page rendered to its final HTML.
 *
 * @param page     the content page, or null for pages the site adds (404)
 * @param html     the page as UTF-8, as it is written
 * @param ids      every id on the page, for anchor checks
 * @param headings the body's headings, for search
 */
public record RenderedPage(Page page, SitePath output, byte[] html, Set<String> ids, List<Heading> headings) {
    private static final byte[] NONE = new byte[0];

    /** A page without its HTML: one kept from the last build, or made later (the booklet). */
    public static RenderedPage unwritten(Page page, SitePath output) {
        return new RenderedPage(page, output, NONE, Set.of(), List.of());
    }

    /**
     * The same page without its HTML, once written: a large build keeps only what the checks need, and its
     * ids in an array rather than a hash set (10,000 pages hold half a million ids: ~20 MB less).
     */
    public RenderedPage withoutHtml() {
        return new RenderedPage(page, output, NONE, ids.isEmpty() ? Set.of() : new IdArray(ids), headings);
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
