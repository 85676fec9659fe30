package dev.handbook.render;

import dev.handbook.memo.Memo;
import dev.handbook.model.Duration;
import dev.handbook.model.Handbook;
import dev.handbook.model.Markdown;
import dev.handbook.model.MasteryCheck;
import dev.handbook.model.Page;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Builds {@link View.Learner}: what the learner's tools (plan, capstone track, portfolio) need to know of the
 * whole handbook. Milestones and track items are shown away from their own page (on the index and the
 * portfolio page), so their inline HTML loses its links: a relative link would point elsewhere there.
 */
final class LearnerView {
    /** Where the generated portfolio page is published. */
    static final String PORTFOLIO_PATH = "portfolio.html";
    /** Where the generated plan page (starting point, pace, target dates) is published. */
    static final String PLAN_PATH = "plan.html";

    private LearnerView() {}

    /** Each phase's and track's entry depends on its page alone (links are dropped): kept in {@code memo} while it is the same. */
    static View.Learner of(Handbook handbook, MarkdownRenderer markdown, Memo memo, Texts texts) {
        java.util.function.Supplier<ContentLinks> links = new java.util.function.Supplier<>() {
            private ContentLinks made;

            @Override
            public synchronized ContentLinks get() {
                if (made == null) {
                    made = new ContentLinks(handbook);
                }
                return made;
            }
        };
        // On all cores: each phase's milestone is Markdown to render, and the pages wait for this view.
        Duration oneWeek = Duration.weeks(1, 1);
        List<View.PlanPhase> phases = handbook.phases().parallelStream().map(p -> memo.get("plan", p.sourceFile(),
                List.of(p, handbook.settings().defaultDuration()), () -> {
                    Duration d = SiteView.effectiveDuration(handbook, p).orElse(oneWeek);
                    Optional<Markdown> milestone = p.phase().masteryCheck().map(MasteryCheck::title);
                    String html = milestone.map(m -> inlineHtml(markdown, links.get(), p, m)).orElse("");
                    return new View.PlanPhase(p.key(), String.valueOf(p.phase().number()), p.title(),
                            p.output().value(), d.minWeeks(), d.maxWeeks(), d.ongoing(), itemIds(p),
                            p.checklist().size(), html, milestone.map(m -> oneLine(m.source())).orElse(""),
                            SiteView.partKey(p));
                })).toList();
        List<View.Track> tracks = handbook.pages().stream().filter(p -> !p.choice().isNone()).map(p ->
                memo.get("track", p.sourceFile(), List.of(p, texts.messages()), () -> new View.Track(p.key(),
                        p.output().value(), p.title(), p.choice().min(), p.choice().max(),
                        texts.choice(p.choice()), p.checklist().items().stream().map(i -> new View.TrackItem(i.id().value(),
                                inlineHtml(markdown, links.get(), p, i.text()),
                                oneLine(i.text().source()))).toList()))).toList();
        return new View.Learner(phases, tracks, PORTFOLIO_PATH, PLAN_PATH);
    }

    /** A text of {@code page} as inline HTML without its links. */
    private static String inlineHtml(MarkdownRenderer markdown, ContentLinks links, Page page, Markdown text) {
        // The same text is rendered (and its problems reported) on its own page; here only the HTML matters.
        ContentLinks.Found ignored = new ContentLinks.Found();
        return withoutLinks(markdown.renderInline(text, links.from(page, ignored), ignored.diagnostics()));
    }

    static String itemIds(Page page) {
        return page.checklist().all().map(i -> i.id().value()).collect(Collectors.joining(" "));
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String withoutLinks(String html) {
        if (!html.contains("<a")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        doc.select("a").unwrap();
        return doc.body().html();
    }
}
