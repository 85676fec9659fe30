package dev.handbook.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * A page's checklist: the items to work through and, for a phase, the self-review items of its mastery
 * check project. Both are tracked the same way. {@code retired} are ids of items dropped on purpose: their
 * ticks are let go, and the ids are never used again.
 */
public record Checklist(String sourceFile, List<ChecklistItem> items, List<ChecklistItem> review,
        List<ItemId> retired) {
    public static Checklist none() {
        return new Checklist("", List.of(), List.of(), List.of());
    }

    public Checklist {
        items = List.copyOf(items);
        review = List.copyOf(review);
        retired = List.copyOf(retired);
    }

    public boolean isEmpty() {
        return items.isEmpty() && review.isEmpty();
    }

    public Stream<ChecklistItem> all() {
        return Stream.concat(items.stream(), review.stream());
    }

    public int size() {
        return items.size() + review.size();
    }
}
