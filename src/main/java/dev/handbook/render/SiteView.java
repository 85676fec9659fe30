package dev.handbook.render;

import dev.handbook.memo.Memo;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.model.Settings;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@link View.Site}, the part of the view model every page shares. Each page's share of it (its navigation
 * entry, its former ids) is kept in the memo while the page is the same, and an unchanged site view is the
 * same object as the last build's: the dev server compares it on every save.
 */
final class SiteView {
    private SiteView() {}

    static View.Site of(Handbook handbook, MarkdownRenderer markdown, SiteRenderer.Options options, Memo memo) {
        Settings s = handbook.settings();
        List<View.NavEntry> phases = handbook.phases().stream().map(p -> memo.get("nav", p.sourceFile(), p, () ->
                new View.NavEntry(p.key(), p.output().value(), p.title(), String.valueOf(p.phase().number()),
                        p.phase().duration().label(), p.checklist().size(), p.description(), LearnerView.itemIds(p))))
                .toList();
        List<View.NavEntry> pages = handbook.pages().stream().map(p -> memo.get("nav", p.sourceFile(), p, () ->
                new View.NavEntry(p.key(), p.output().value(), p.title(), "", "", p.checklist().size(),
                        p.description(), LearnerView.itemIds(p)))).toList();
        int items = (int) handbook.phases().stream().mapToLong(p -> p.checklist().size()).sum();
        String former = handbook.allPages().map(p -> memo.get("former", p.sourceFile(), p.checklist(),
                () -> formerIds(p))).filter(f -> !f.isEmpty()).collect(Collectors.joining(" "));
        return memo.same("site", new View.Site(s.id(), s.title(), s.description(), s.language(),
                s.baseUrl().orElse(""), phases, pages, totalDuration(handbook), items, former, options.liveReload(),
                "handbook " + options.version(), LearnerView.of(handbook, markdown, memo)));
    }

    /** "old:new" for each of a page's items that has former ids. */
    private static String formerIds(Page page) {
        return page.checklist().all().flatMap(i -> i.formerIds().stream().map(was -> was + ":" + i.id()))
                .collect(Collectors.joining(" "));
    }

    /** "23–35 weeks, then ongoing": the sum of the phases' ranges. */
    private static String totalDuration(Handbook handbook) {
        int min = 0;
        int max = 0;
        boolean ongoing = false;
        for (Page p : handbook.phases()) {
            min += p.phase().duration().minWeeks();
            max += p.phase().duration().maxWeeks();
            ongoing |= p.phase().duration().ongoing();
        }
        if (min == 0 && max == 0) {
            return ongoing ? "ongoing" : "";
        }
        String range = min == max ? min + " weeks" : min + "–" + max + " weeks";
        return ongoing ? range + ", then ongoing" : range;
    }
}
