package dev.handbook.model;

import java.util.List;

/**
 * One thing to learn or do. Its {@code id} is what a learner's tick is stored under, so it is stable
 * across rewording and reordering; {@code formerIds} carries ticks over from renamed items.
 */
public record ChecklistItem(ItemId id, Markdown text, Markdown detail, List<Link> links, List<ItemId> formerIds) {
    public ChecklistItem {
        links = List.copyOf(links);
        formerIds = List.copyOf(formerIds);
    }
}
