package dev.handbook.model;

import java.util.Map;
import java.util.Set;

/**
 * What learners' stored progress is keyed by, as one revision of content/ has it: the handbook's id (the
 * storage namespace), every checklist item id (ticks), every former id listed under {@code was:}, and
 * every page's key, its path without ".md" (quiz scores, phase marks, picks and portfolio entries). Quiz
 * question ids key nothing: a quiz stores one score per phase. Files are named relative to content/.
 *
 * @param items           each item id with the file that defines it
 * @param formerIds       ids listed under {@code was:}: ticks stored under them move to a current item
 * @param pageKeys        e.g. "phases/01-core-rust-foundations", "capstone"
 * @param unreadableFiles files that could not be read whole (their ids may be missing for that reason)
 * @param retiredIds      ids listed under a checklist's {@code retired:}: dropped on purpose
 */
public record ProgressIds(String handbookId, Map<String, String> items, Set<String> formerIds, Set<String> pageKeys,
        Set<String> unreadableFiles, Set<String> retiredIds) {

    public ProgressIds {
        retiredIds = Set.copyOf(retiredIds);
        items = Map.copyOf(items);
        formerIds = Set.copyOf(formerIds);
        pageKeys = Set.copyOf(pageKeys);
        unreadableFiles = Set.copyOf(unreadableFiles);
    }
}
