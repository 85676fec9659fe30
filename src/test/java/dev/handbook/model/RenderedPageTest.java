package dev.handbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A written page keeps what the anchor check and search need, in less memory, and nothing else changes. */
class RenderedPageTest {
    @Test
    void withoutHtmlKeepsEveryIdInPageOrder() {
        Set<String> ids = new LinkedHashSet<>(List.of("intro", "item-b", "item-a", "mastery-check"));
        RenderedPage page = new RenderedPage(null, new SitePath("phases/01-x.html"), "<html>".getBytes(),
                ids, List.of());
        RenderedPage kept = page.withoutHtml();
        assertEquals(0, kept.html().length);
        assertEquals(ids, kept.ids());
        assertEquals(List.of("intro", "item-b", "item-a", "mastery-check"), List.copyOf(kept.ids()));
        assertTrue(kept.ids().contains("item-a"));
        assertFalse(kept.ids().contains("item-c"));
        assertFalse(kept.ids().contains(null));
        assertEquals(Set.of(), new RenderedPage(null, page.output(), new byte[1], Set.of(), List.of()).withoutHtml().ids());
    }
}
