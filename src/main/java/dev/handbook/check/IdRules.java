package dev.handbook.check;

import dev.handbook.diag.Diagnostics;
import dev.handbook.model.ChecklistItem;
import dev.handbook.model.Handbook;
import dev.handbook.model.ItemId;
import java.util.HashMap;
import java.util.Map;

/**
 * Item and question ids are what learners' progress is stored under: each must be unique in the whole
 * handbook, a current id may not also be another item's former id (progress would migrate to the wrong
 * item), and a retired id is never used again, as an id or a former id (its ticks were let go).
 */
public final class IdRules {
    private IdRules() {}

    public static void check(Handbook handbook, Diagnostics diagnostics) {
        Map<String, ItemId> current = new HashMap<>();
        handbook.allPages().forEach(page -> {
            page.checklist().all().forEach(item -> unique(item.id(), current, diagnostics));
            page.quiz().questions().forEach(q -> unique(q.id(), current, diagnostics));
        });
        Map<String, ItemId> former = new HashMap<>();
        handbook.allPages().flatMap(p -> p.checklist().all())
                .forEach(item -> formerIds(item, current, former, diagnostics));
        Map<String, ItemId> retired = new HashMap<>();
        handbook.allPages().flatMap(p -> p.checklist().retired().stream()).forEach(id -> {
            ItemId live = current.containsKey(id.value()) ? current.get(id.value()) : former.get(id.value());
            if (live != null) {
                diagnostics.error(id.at(), "retired id '" + id + "' is in use again (at " + live.at().file() + ":"
                        + live.at().line() + ")", "a retired id is never used again: learners' old ticks would come"
                        + " back; give the item a new id");
            }
            ItemId first = retired.putIfAbsent(id.value(), id);
            if (first != null) {
                diagnostics.error(id.at(), "id '" + id + "' is retired twice (also at " + first.at().file() + ":"
                        + first.at().line() + ")", "list it once");
            }
        });
    }

    private static void unique(ItemId id, Map<String, ItemId> seen, Diagnostics diagnostics) {
        if (id.value().isEmpty()) {
            return;
        }
        ItemId first = seen.putIfAbsent(id.value(), id);
        if (first != null) {
            diagnostics.error(id.at(), "duplicate id '" + id + "' (first used at " + first.at().file() + ":"
                    + first.at().line() + ")", "ids must be unique in the whole handbook; rename this one");
        }
    }

    private static void formerIds(ChecklistItem item, Map<String, ItemId> current, Map<String, ItemId> former,
            Diagnostics diagnostics) {
        for (ItemId was : item.formerIds()) {
            ItemId live = current.get(was.value());
            if (live != null) {
                diagnostics.error(was.at(), "former id '" + was + "' is also the id of a current item (at "
                        + live.at().file() + ":" + live.at().line() + ")", "progress would move to the wrong item;"
                        + " remove it from 'was:' or rename the other item");
            }
            ItemId other = former.putIfAbsent(was.value(), was);
            if (other != null) {
                diagnostics.error(was.at(), "former id '" + was + "' is listed by two items (also at "
                        + other.at().file() + ":" + other.at().line() + ")", "a former id can move to one item only");
            }
        }
    }
}
