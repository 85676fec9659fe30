package dev.handbook.render;

import dev.handbook.memo.Memo;
import dev.handbook.model.Duration;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.model.Settings;
import java.util.List;
import java.util.Optional;
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
        Texts texts = options.texts();
        List<View.NavEntry> phases = handbook.phases().stream().map(p -> memo.get("nav", p.sourceFile(),
                List.of(p, texts.messages()), () -> new View.NavEntry(p.key(), p.output().value(), p.title(),
                        String.valueOf(p.phase().number()), p.phase().duration().map(texts::duration).orElse(""),
                        p.checklist().size(), p.description(), LearnerView.itemIds(p), partKey(p)))).toList();
        List<View.NavEntry> pages = handbook.pages().stream().map(p -> memo.get("nav", p.sourceFile(), p, () ->
                new View.NavEntry(p.key(), p.output().value(), p.title(), "", "", p.checklist().size(),
                        p.description(), LearnerView.itemIds(p), ""))).toList();
        List<View.PartEntry> parts = handbook.parts().stream().map(part -> {
            List<View.NavEntry> own = phases.stream().filter(e -> e.part().equals(part.key())).toList();
            return new View.PartEntry(part.key(), part.output().value(), part.title(),
                    String.valueOf(part.part().number()), part.description(), own,
                    own.stream().mapToInt(View.NavEntry::itemCount).sum(),
                    own.stream().map(View.NavEntry::itemIds).filter(ids -> !ids.isEmpty())
                            .collect(Collectors.joining(" ")));
        }).toList();
        int items = (int) handbook.phases().stream().mapToLong(p -> p.checklist().size()).sum();
        String former = handbook.allPages().map(p -> memo.get("former", p.sourceFile(), p.checklist(),
                () -> formerIds(p))).filter(f -> !f.isEmpty()).collect(Collectors.joining(" "));
        return memo.same("site", new View.Site(s.id(), s.title(), s.description(), s.language(),
                s.baseUrl().orElse(""), parts, phases, pages, totalDuration(handbook, texts), items, former,
                retired(handbook), options.liveReload(), "handbook " + options.version(),
                LearnerView.of(handbook, markdown, memo, texts)));
    }

    /** The key of the part {@code phase} is in (its index page's), or "" in a handbook without parts. */
    static String partKey(Page phase) {
        String folder = phase.phase().part();
        return folder.isEmpty() ? "" : folder + "/index";
    }

    /** A phase's duration as the plan counts it: its own, else the handbook's default. */
    static Optional<Duration> effectiveDuration(Handbook handbook, Page phase) {
        return phase.phase().duration().or(() -> handbook.settings().defaultDuration());
    }

    /** Every retired id, in page order. */
    private static String retired(Handbook handbook) {
        return handbook.allPages().flatMap(p -> p.checklist().retired().stream()).map(Object::toString)
                .collect(Collectors.joining(" "));
    }

    /** "old:new" for each of a page's items that has former ids. */
    private static String formerIds(Page page) {
        return page.checklist().all().flatMap(i -> i.formerIds().stream().map(was -> was + ":" + i.id()))
                .collect(Collectors.joining(" "));
    }

    /** "23–35 weeks, then ongoing": the sum of the phases' ranges ("" when no phase gives one). */
    private static String totalDuration(Handbook handbook, Texts texts) {
        int min = 0;
        int max = 0;
        boolean ongoing = false;
        for (Page p : handbook.phases()) {
            Optional<Duration> d = effectiveDuration(handbook, p);
            if (d.isPresent()) {
                min += d.get().minWeeks();
                max += d.get().maxWeeks();
                ongoing |= d.get().ongoing();
            }
        }
        return texts.total(min, max, ongoing);
    }
}
