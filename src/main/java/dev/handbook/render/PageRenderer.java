package dev.handbook.render;

import dev.handbook.model.Markdown;
import dev.handbook.model.Page;
import dev.handbook.model.RenderedPage;
import dev.handbook.model.SitePath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Renders everything published from one content page: the page itself and, for a phase, its quiz page
 * ({@link QuizPages}) and its worksheet ({@link Worksheets}). They depend on the same sources, so they are
 * one unit of rendering.
 */
final class PageRenderer {
    /** Ids the page templates use; a body heading with the same slug gets "-1" instead. */
    static final Set<String> TEMPLATE_IDS = Set.of("main", "top", "outcomes", "checklist", "mastery-check",
            "self-review", "phase-quiz", "quiz", "quiz-result", "progress", "phases", "pages", "site-nav", "search",
            "search-input", "search-results", "search-status", "footnotes", "your-plan", "your-track",
            "track-message", "your-progress");

    private final Templates templates;
    private final MarkdownRenderer markdown;
    private final ContentLinks links;
    private final PageViews views;
    private final Models models;
    private final Worksheets worksheets;

    PageRenderer(Templates templates, MarkdownRenderer markdown, ContentLinks links, PageViews views, Models models,
            Worksheets worksheets) {
        this.templates = templates;
        this.markdown = markdown;
        this.links = links;
        this.views = views;
        this.models = models;
        this.worksheets = worksheets;
    }

    Published render(Page page) {
        ContentLinks.Found found = new ContentLinks.Found();
        List<RenderedPage> out = new ArrayList<>();
        content(page, found).ifPresent(out::add);
        if (page.isPhase() && !page.quiz().isEmpty()) {
            quiz(page, found).ifPresent(out::add);
        }
        if (page.isPhase()) {
            worksheets.page(page, found.diagnostics()).ifPresent(out::add);
        }
        return Published.of(out, found);
    }

    private Optional<RenderedPage> content(Page page, ContentLinks.Found found) {
        LinkResolver resolver = links.from(page, found);
        RenderedMarkdown body = markdown.render(page.body(), resolver, TEMPLATE_IDS, found.diagnostics());
        Function<Markdown, String> inline = md -> markdown.renderInline(md, resolver, found.diagnostics());
        View.Page view = views.content(page, body.html(), inline,
                md -> markdown.renderDetail(md, resolver, found.diagnostics()));
        String template = page.isIndex() ? "index.ftlh" : page.isPhase() ? "phase.ftlh"
                : page.isPart() ? "part.ftlh" : "page.ftlh";
        return templates.renderUtf8(template, models.of(view), found.diagnostics()).map(html -> {
            Set<String> ids = new LinkedHashSet<>(body.ids());
            ids.addAll(TEMPLATE_IDS);
            view.items().forEach(i -> ids.add("item-" + i.id()));
            view.review().forEach(i -> ids.add("item-" + i.id()));
            return new RenderedPage(page, page.output(), html, ids, body.headings());
        });
    }

    /**
     * A phase's quiz on its own page ({@link QuizPages}). Its texts' problems are reported here, once, since
     * the phase page shows only the quiz's length.
     */
    private Optional<RenderedPage> quiz(Page phase, ContentLinks.Found found) {
        SitePath path = QuizPages.pathOf(phase);
        LinkResolver resolver = links.from(phase, path, found);
        View.Quiz quiz = QuizPages.full(phase, md -> markdown.renderInline(md, resolver, found.diagnostics()));
        View.Page view = views.generated(phase.key() + ".quiz", "quiz", path, path.rootPrefix(),
                QuizPages.title(phase, models.texts()), QuizPages.description(phase, models.texts()), quiz);
        Map<String, Object> model = models.of(view);
        model.put("phase", views.entryOf(phase));
        return QuizPages.render(phase, path, templates.renderUtf8(QuizPages.TEMPLATE, model, found.diagnostics()));
    }
}
