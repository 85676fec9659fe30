package dev.handbook.check;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.ProgressIds;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Compares a pull request with its base the way learners' stored progress sees it. Ticks are stored under
 * item ids, so an item id that disappears without being listed under another item's {@code was:} drops
 * every tick made on it: an error. Quiz scores, phase marks, picks and portfolio entries are stored under a
 * page's key (its path); a page has no {@code was:}, so a renamed or deleted page is a warning.
 */
public final class ProgressSafety {
    private ProgressSafety() {}

    /**
     * @param ref   the base revision, as the user named it
     * @param shown how a file of content/ (relative to it) is named in messages
     */
    public static void compare(ProgressIds base, ProgressIds current, String ref, UnaryOperator<String> shown,
            Diagnostics diagnostics) {
        if (!base.handbookId().isEmpty() && !current.handbookId().isEmpty()
                && !base.handbookId().equals(current.handbookId())) {
            diagnostics.error(SourcePosition.of(shown.apply("handbook.yml")), "the handbook id changed from '"
                    + base.handbookId() + "' (in " + ref + ") to '" + current.handbookId() + "': every learner's"
                    + " progress is stored under the old id", "change it back to '" + base.handbookId() + "'");
        }
        for (Map.Entry<String, String> old : base.items().entrySet()) {
            String id = old.getKey();
            // Ids in a file that has errors now may only look missing; those errors are reported already.
            if (current.items().containsKey(id) || current.formerIds().contains(id) || current.retiredIds().contains(id)
                    || current.unreadableFiles().contains(old.getValue())) {
                continue;
            }
            diagnostics.error(SourcePosition.of(shown.apply(old.getValue())), "item '" + id + "' is gone since " + ref
                    + ": learners who ticked " + id + " lose it", "add 'was: [" + id + "]' to the item that replaces it,"
                    + " or 'retired: [" + id + "]' to the checklist if it is dropped on purpose");
        }
        for (String page : base.pageKeys()) {
            if (!current.pageKeys().contains(page)) {
                diagnostics.warning(SourcePosition.of(shown.apply(page + ".md")), "page '" + page + "' is gone since "
                        + ref + ": what learners saved under its address (quiz score, phase marks, picks, portfolio"
                        + " entry) is dropped", "keep a page's file name once it is published");
            }
        }
    }
}
