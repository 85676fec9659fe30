package dev.handbook.check;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.ProgressIds;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Compares the ids of a pull request with those of its base: a learner's ticks are stored under item ids,
 * so an item id that disappears without being listed under another item's {@code was:} silently drops
 * every tick made on it. A quiz question has no {@code was:}; its disappearance is a warning.
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
        for (Map.Entry<String, ProgressIds.Entry> old : base.ids().entrySet()) {
            String id = old.getKey();
            String file = old.getValue().file();
            // Ids in a file that has errors now may only look missing; those errors are reported already.
            if (current.ids().containsKey(id) || current.formerIds().contains(id)
                    || current.unreadableFiles().contains(file)) {
                continue;
            }
            SourcePosition at = SourcePosition.of(shown.apply(file));
            if (old.getValue().question()) {
                diagnostics.warning(at, "quiz question '" + id + "' is gone since " + ref + ": learners' answers to"
                        + " it are dropped", "keep the id when you only reword a question");
            } else {
                diagnostics.error(at, "item '" + id + "' is gone since " + ref + ": learners who ticked " + id
                        + " lose it", "add 'was: [" + id + "]' to the item that replaces it");
            }
        }
    }
}
