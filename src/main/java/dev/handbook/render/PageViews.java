package dev.handbook.render;

import dev.handbook.model.ChecklistItem;
import dev.handbook.model.Duration;
import dev.handbook.model.Handbook;
import dev.handbook.model.Link;
import dev.handbook.model.Markdown;
import dev.handbook.model.Page;
import dev.handbook.model.PhaseInfo;
import dev.handbook.model.Settings;
import dev.handbook.model.SitePath;
import java.net.URI;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The view models of single pages ({@link View.Page}, its items and phase facts): what a template sees of
 * a content page, a page the site adds, or a phase's text published again (a quiz, a worksheet).
 */
final class PageViews {
    private final Handbook handbook;
    private final View.Site site;
    private final Function<String, Optional<String>> lastUpdated;
    private final Texts texts;
    private final Map<Page, Integer> phaseIndex = new IdentityHashMap<>();

    PageViews(Handbook handbook, View.Site site, Function<String, Optional<String>> lastUpdated, Texts texts) {
        this.handbook = handbook;
        this.site = site;
        this.lastUpdated = lastUpdated;
        this.texts = texts;
        for (int i = 0; i < handbook.phases().size(); i++) {
            phaseIndex.put(handbook.phases().get(i), i);
        }
    }

    /** A content page, its texts rendered by {@code inline}. */
    View.Page content(Page page, String bodyHtml, Function<Markdown, String> inline,
            Function<Markdown, MarkdownRenderer.Detail> detail) {
        String kind = page.isIndex() ? "index" : page.isPhase() ? "phase" : page.isPart() ? "part" : "page";
        List<View.Item> items = page.checklist().items().stream().map(i -> item(i, inline, detail)).toList();
        List<View.Item> review = page.checklist().review().stream().map(i -> item(i, inline, detail)).toList();
        View.Phase phase = page.isPhase() ? phase(page.phase(), inline, texts) : null;
        View.NavEntry previous = null;
        View.NavEntry next = null;
        if (page.isPhase()) {
            int at = phaseIndex.get(page);
            previous = at > 0 ? site.phases().get(at - 1) : null;
            next = at + 1 < site.phases().size() ? site.phases().get(at + 1) : null;
        } else if (page.isPart()) {
            List<View.PartEntry> parts = site.parts();
            int at = parts.indexOf(partOf(page));
            previous = at > 0 ? entry(parts.get(at - 1)) : null;
            next = at >= 0 && at + 1 < parts.size() ? entry(parts.get(at + 1)) : null;
        }
        Settings settings = handbook.settings();
        String editUrl = settings.repository().map(r -> r.editUrl("content/" + page.contentPath())).orElse("");
        String canonical = settings.baseUrl().map(b -> b + (page.isIndex() ? "" : page.output().value())).orElse("");
        String updated = lastUpdated.apply(page.contentPath()).orElse("");
        String worksheet = page.isPhase() ? Worksheets.pathOf(page).value()
                : page.isPart() ? Worksheets.bookletOf(page).value() : "";
        return new View.Page(page.key(), kind, page.output().value(), page.output().rootPrefix(), page.title(),
                page.description(), bodyHtml, phase, items, review, QuizPages.summary(page), previous, next, editUrl,
                updated, canonical, worksheet, partOf(page));
    }

    /** A part as a link to it (the pager of a part's page). */
    private static View.NavEntry entry(View.PartEntry part) {
        return new View.NavEntry(part.key(), part.path(), part.title(), part.number(), "", part.itemCount(),
                part.description(), part.itemIds(), "");
    }

    /** The part a page is about: a part's own page, or the part a phase is in; null for any other page. */
    View.PartEntry partOf(Page page) {
        String key = page.isPart() ? page.key() : page.isPhase() ? SiteView.partKey(page) : "";
        return site.parts().stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
    }

    /** A page without a body of its own (one the site adds, a quiz, a worksheet) at {@code path}. */
    View.Page generated(String key, String kind, SitePath path, String root, String title, String description,
            View.Quiz quiz) {
        String canonical = handbook.settings().baseUrl().map(b -> b + path.value()).orElse("");
        return new View.Page(key, kind, path.value(), root, title, description, "", null, List.of(), List.of(), quiz,
                null, null, "", "", canonical, "", null);
    }

    /** The page GitHub Pages shows for a missing path: {@code root} is absolute there, and it has no address of its own. */
    View.Page notFound(SitePath path, String root) {
        return new View.Page("404", "404", path.value(), root, texts.text("not_found.title"), "", "", null, List.of(),
                List.of(),
                null, null, null, "", "", "", "", null);
    }

    /** The navigation entry of a phase, for a page that names it (a quiz names its phase). */
    View.NavEntry entryOf(Page phase) {
        return site.phases().get(phaseIndex.get(phase));
    }

    static View.Item item(ChecklistItem item, Function<Markdown, String> inline,
            Function<Markdown, MarkdownRenderer.Detail> detail) {
        List<View.LinkView> links = item.links().stream().map(PageViews::link).toList();
        MarkdownRenderer.Detail d = detail.apply(item.detail());
        return new View.Item(item.id().value(), inline.apply(item.text()), d.html(), d.block(), d.summaryHtml(), links,
                TextHash.of(item.text().source()), item.text().source());
    }

    private static View.LinkView link(Link link) {
        String host;
        try {
            host = Optional.ofNullable(URI.create(link.url()).getHost()).orElse("");
        } catch (IllegalArgumentException e) {
            host = "";
        }
        return new View.LinkView(link.title(), link.url(), host.replaceFirst("^www\\.", ""));
    }

    static View.Phase phase(PhaseInfo phase, Function<Markdown, String> inline, Texts texts) {
        View.Mastery mastery = phase.masteryCheck().map(check -> new View.Mastery(inline.apply(check.title()),
                inline.apply(check.build()), check.acceptance().stream().map(inline).toList(),
                inline.apply(check.stretch()), inline.apply(check.portfolio()))).orElse(null);
        Duration duration = phase.duration().orElse(new Duration(0, 0, false));
        return new View.Phase(phase.number(), phase.duration().map(texts::duration).orElse(""), duration.minWeeks(),
                duration.maxWeeks(), duration.ongoing(), phase.outcomes().stream().map(inline).toList(), mastery);
    }
}
