package dev.handbook.model;

import java.util.Map;
import java.util.Set;

/**
 * The ids learners' progress is stored under, as one revision of content/ has them: the handbook's id
 * (the storage namespace), every checklist item and quiz question, and every former id listed under
 * {@code was:}. Files are named relative to content/.
 *
 * @param ids             each current id with the file that defines it
 * @param formerIds       ids listed under {@code was:}: progress stored under them moves to a current item
 * @param unreadableFiles files that could not be read whole (their ids may be missing for that reason)
 */
public record ProgressIds(String handbookId, Map<String, Entry> ids, Set<String> formerIds,
        Set<String> unreadableFiles) {

    public ProgressIds {
        ids = Map.copyOf(ids);
        formerIds = Set.copyOf(formerIds);
        unreadableFiles = Set.copyOf(unreadableFiles);
    }

    /** Where an id is defined, and whether it is a quiz question (answers) or a checklist item (ticks). */
    public record Entry(String file, boolean question) {}
}
