package dev.handbook.render;

import dev.handbook.model.AnchorRef;
import dev.handbook.model.Markdown;
import dev.handbook.model.Page;
import dev.handbook.model.Quiz;
import dev.handbook.model.RenderedPage;
import dev.handbook.model.SitePath;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Each phase's self-check quiz, published on a page of its own beside the phase
 * ({@code phases/NN-slug.quiz.html}): the quiz is half the weight of a phase page, and a reader of the phase
 * should not pay for it (issue 9: 50 KB a page). Its anchors ({@code #quiz}, {@code #q-<id>}) still belong to
 * the phase: a content link to one of them leads here, and the anchor check counts them among the phase's.
 */
final class QuizPages {
    static final String TEMPLATE = "quiz.ftlh";
    /** Ids the quiz page's template writes, besides one {@code q-<id>} per question. */
    static final Set<String> IDS = Set.of("quiz", "quiz-result");

    private QuizPages() {}

    /** Where a phase's quiz is published: beside the phase page. */
    static SitePath pathOf(Page phase) {
        return new SitePath(phase.stem() + ".quiz.html");
    }

    /** Whether {@code fragment} names something on {@code page}'s quiz page rather than on the page itself. */
    static boolean holds(Page page, String fragment) {
        String id = AnchorRef.idOf(fragment);
        Quiz quiz = page.quiz();
        if (!page.isPhase() || quiz.isEmpty()) {
            return false;
        }
        return IDS.contains(id) || id.startsWith("q-")
                && quiz.questions().stream().anyMatch(q -> id.startsWith("q-" + q.id().value()));
    }

    /** The ids on a phase's quiz page. */
    static Set<String> ids(Quiz quiz) {
        Set<String> ids = new LinkedHashSet<>(IDS);
        quiz.questions().forEach(q -> ids.add("q-" + q.id().value()));
        return ids;
    }

    /** The quiz as the phase page shows it: where it is and how long, without its questions. */
    static View.Quiz summary(Page phase) {
        return new View.Quiz(phase.quiz().isEmpty() ? "" : pathOf(phase).value(), phase.quiz().questions().size(),
                List.of());
    }

    /** The whole quiz, its texts rendered for the quiz page. */
    static View.Quiz full(Page phase, Function<Markdown, String> inline) {
        Quiz quiz = phase.quiz();
        return new View.Quiz(pathOf(phase).value(), quiz.questions().size(), quiz.questions().stream()
                .map(q -> new View.Question(q.id().value(), inline.apply(q.prompt()), q.multiple(), q.options()
                        .stream().map(o -> new View.Option(inline.apply(o.text()), o.correct(), inline.apply(o.why())))
                        .toList())).toList());
    }

    /**
     * Renders the quiz page of {@code phase}, or nothing when it has no quiz. The rendered page names the phase
     * as its content page, so the sitemap lists it and the anchor check finds the question ids.
     */
    static Optional<RenderedPage> render(Page phase, SitePath path, Optional<byte[]> html) {
        return html.map(h -> new RenderedPage(phase, path, h, ids(phase.quiz()), List.of()));
    }

    /** The title of a phase's quiz page. */
    static String title(Page phase, Texts texts) {
        return texts.format("quiz.page_title", Map.of("number", phase.phase().number(), "title", phase.title()));
    }

    /** The description of a phase's quiz page, for search engines and link previews. */
    static String description(Page phase, Texts texts) {
        return texts.format("quiz.page_description", Map.of("n", phase.quiz().questions().size(), "number",
                phase.phase().number(), "title", phase.title()));
    }
}
