package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import dev.handbook.diag.BuildFailedException;
import dev.handbook.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: a phase's quiz is published on its own page beside the phase, which links to it; its anchors still
 * belong to the phase, so content links to them lead to the quiz page and are checked. QuizIT drives it.
 */
class QuizPageTest {
    @TempDir
    Path dir;

    private static final String QUIZ = """
            questions:
              - id: q-first
                prompt: Which is *first*? See [the checklist](#checklist).
                options:
                  - text: This one
                    correct: true
                    why: It comes first.
                  - text: That one
                    why: It comes second.
              - id: q-second
                prompt: Which is second?
                options:
                  - text: A
                    why: No.
                  - text: B
                    correct: true
                    why: Yes, as [the first question](#q-q-first) shows.
            """;

    private Path build(Map<String, String> extra) {
        Map<String, String> files = new HashMap<>(TestSupport.minimalHandbook());
        files.put("content/phases/01-first.quiz.yml", QUIZ);
        files.putAll(extra);
        TestSupport.write(dir, files);
        new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES,
                dir.resolve("site"), Optional.of("https://example.org/book/"), false, true));
        return dir.resolve("site");
    }

    private static Document read(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file));
    }

    @Test
    void theQuizHasAPageOfItsOwnAndThePhaseLinksToIt() throws IOException {
        Path site = build(Map.of());
        Document phase = read(site.resolve("phases/01-first.html"));
        assertTrue(phase.select(".quiz fieldset, form[data-quiz-form]").isEmpty(), "no quiz on the phase page");
        assertEquals("Take the phase quiz (2 questions)", phase.expectFirst(".mastery .quiz-link a").text());
        assertEquals("../phases/01-first.quiz.html", phase.expectFirst(".mastery .quiz-link a").attr("href"));
        assertEquals("phases/01-first", phase.expectFirst("[data-quiz-best]").attr("data-quiz-best"));

        Document quiz = read(site.resolve("phases/01-first.quiz.html"));
        assertEquals("Phase 1 quiz: First Steps", quiz.expectFirst("h1").text());
        assertEquals("Phase 1 quiz: First Steps · Test Book", quiz.title());
        // The store's key is the phase's, as it was on the phase page: learners keep their best scores.
        assertEquals("phases/01-first", quiz.expectFirst("[data-quiz]").attr("data-quiz"));
        assertEquals(List.of("q-q-first", "q-q-second"), quiz.select("fieldset.question").eachAttr("id"));
        assertEquals("../phases/01-first.html#mastery-check", quiz.expectFirst(".back-link a").attr("href"));
        assertTrue(quiz.select("script[src]").eachAttr("src").contains("../assets/quiz.js"));
        assertFalse(phase.select("script[src]").eachAttr("src").contains("../assets/quiz.js"));
        // The quiz's own links: #checklist is the phase page's, #q-... the quiz page's.
        assertEquals("01-first.html#checklist", quiz.expectFirst("#q-q-first legend a").attr("href"));
        assertEquals("#q-q-first", quiz.expectFirst("#q-q-second .why a").attr("href"));
        assertTrue(Files.readString(site.resolve("sitemap.xml"))
                .contains("<loc>https://example.org/book/phases/01-first.quiz.html</loc>"));
    }

    @Test
    void linksToTheQuizLeadToItsPage() throws IOException {
        Path site = build(Map.of("content/index.md", """
                ---
                title: Welcome
                ---
                Take [the quiz](phases/01-first.md#quiz) or [its first question](phases/01-first.md#q-q-first);
                read [the checklist](phases/01-first.md#checklist).
                """));
        assertEquals(List.of("phases/01-first.quiz.html#quiz", "phases/01-first.quiz.html#q-q-first",
                "phases/01-first.html#checklist"), read(site.resolve("index.html")).select(".body a").eachAttr("href"));
    }

    @Test
    void aLinkToAQuestionThatIsNotThereIsAnError() {
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> build(Map.of("content/index.md", """
                ---
                title: Welcome
                ---
                See [a question](phases/01-first.md#q-q-third).
                """)));
        assertEquals(List.of("content/index.md:4:5: error: anchor '#q-q-third' not found in "
                + "content/phases/01-first.md"), e.diagnostics().stream().map(Diagnostic::toString)
                .map(s -> s.lines().findFirst().orElse("")).toList());
    }
}
