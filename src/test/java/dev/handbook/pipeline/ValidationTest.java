package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import dev.handbook.diag.BuildFailedException;
import dev.handbook.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of content mistake gives its exact, located message; all of a run's mistakes come together. */
class ValidationTest {
    @TempDir
    Path dir;

    private List<String> errors(Map<String, String> overrides) {
        Map<String, String> files = new HashMap<>(TestSupport.minimalHandbook());
        overrides.forEach((k, v) -> {
            if (v == null) {
                files.remove(k);
            } else {
                files.put(k, v);
            }
        });
        TestSupport.write(dir, files);
        BuildRequest request = new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES, dir.resolve("site"),
                Optional.empty(), false, false);
        BuildFailedException e = assertThrows(BuildFailedException.class,
                () -> new SiteBuilder("test", dir).build(request));
        return e.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList();
    }

    private static final String PHASE_HEAD = "---\ntitle: First Steps\nphase: 1\nduration: 1 week\n"
            + "outcomes:\n  - Something\nmastery_check:\n  title: Build it\n";

    @Test
    void minimalHandbookBuilds() {
        TestSupport.write(dir, TestSupport.minimalHandbook());
        BuildResult result = new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"),
                TestSupport.TEMPLATES, dir.resolve("site"), Optional.empty(), false, true));
        assertEquals(7, result.pageCount()); // index, the phase, its worksheet, the booklet, portfolio, plan, 404
        assertTrue(Files.exists(dir.resolve("site/phases/01-first.html")));
        assertTrue(Files.exists(dir.resolve("site/portfolio.html")));
        assertTrue(Files.exists(dir.resolve("site/.nojekyll")));
        assertTrue(Files.exists(dir.resolve("site/404.html")));
    }

    @Test
    void duplicateIdNamesBothPlaces() {
        assertEquals(List.of("""
                content/phases/01-first.yml:4:9: error: duplicate id 'first-item' (first used at \
                content/phases/01-first.yml:2)
                  hint: ids must be unique in the whole handbook; rename this one"""),
                errors(Map.of("content/phases/01-first.yml",
                        "items:\n  - id: first-item\n    text: A\n  - id: first-item\n    text: B\n")));
    }

    @Test
    void missingTitle() {
        assertEquals(List.of("""
                content/phases/01-first.md:2:1: error: missing required key 'title' in phase front matter
                  hint: add 'title: ...'"""),
                errors(Map.of("content/phases/01-first.md", PHASE_HEAD.replace("title: First Steps\n", "")
                        + "---\nBody\n")));
    }

    @Test
    void brokenYamlIsLocated() {
        assertEquals(List.of("""
                content/phases/01-first.yml:3:13: error: invalid YAML: mapping values are not allowed here
                  hint: check indentation and quote text that contains ': ', ' #' or starts with a special \
                character such as ` * & ! [ {"""),
                errors(Map.of("content/phases/01-first.yml", "items:\n  - id: a\n        text: b\n")));
    }

    @Test
    void unknownKeyGetsDidYouMean() {
        assertEquals(List.of("""
                content/phases/01-first.md:2:1: error: unknown key 'titel' in phase front matter
                  hint: did you mean 'title'?"""),
                errors(Map.of("content/phases/01-first.md", PHASE_HEAD.replace("title: First", "titel: First")
                        + "---\n")));
    }

    @Test
    void wrongTypes() {
        assertEquals(List.of("""
                content/phases/01-first.md:3:8: error: 'phase' must be a whole number, found 'one'
                  hint: write it without quotes, e.g. phase: 3""", """
                content/phases/01-first.md:5:11: error: 'outcomes' must be a list, found text
                  hint: write each entry on its own line starting with '- '"""),
                errors(Map.of("content/phases/01-first.md", "---\ntitle: T\nphase: one\nduration: 1 week\n"
                        + "outcomes: everything\nmastery_check:\n  title: X\n---\n")).stream()
                        .filter(e -> !e.contains("at least one outcome")).toList());
    }

    @Test
    void textFieldsStayText() {
        // YAML 1.1 would read these as a boolean and a number; a text field keeps them as written.
        TestSupport.write(dir, TestSupport.minimalHandbook());
        TestSupport.write(dir, Map.of("content/phases/01-first.yml",
                "items:\n  - id: first-item\n    text: no\n  - id: second\n    text: 1.10\n"));
        new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES,
                dir.resolve("site"), Optional.empty(), false, true));
        String html = readSite("phases/01-first.html");
        assertTrue(html.contains("<label for=\"check-first-item\">no</label>"), html);
        assertTrue(html.contains("<label for=\"check-second\">1.10</label>"), html);
    }

    @Test
    void badDurationAndPhaseNumberMismatch() {
        assertEquals(List.of("""
                content/phases/01-first.md:3:8: error: phase 2 does not match the file name's number 1
                  hint: rename the file or change 'phase:' so they agree""", """
                content/phases/01-first.md:4:11: error: duration 'a fortnight' is not understood
                  hint: write '1 week', '2-3 weeks' or 'ongoing'"""),
                errors(Map.of("content/phases/01-first.md", PHASE_HEAD.replace("phase: 1", "phase: 2")
                        .replace("1 week", "a fortnight") + "---\n")));
    }

    @Test
    void brokenLinkAndAnchor() {
        assertEquals(List.of("""
                content/index.md:4:1: error: link target 'phases/99-nope.md' not found (no page \
                content/phases/99-nope.md)
                  hint: check the file name; links between pages are relative paths to their .md files""", """
                content/index.md:4:28: error: anchor '#nowhere' not found in content/phases/01-first.md
                  hint: headings get ids like GitHub's: lower case, spaces as '-', punctuation dropped; \
                checklist items are '#item-<id>'"""),
                errors(Map.of("content/index.md", "---\ntitle: Welcome\n---\n[x](phases/99-nope.md) and "
                        + "[y](phases/01-first.md#nowhere) and [z](phases/01-first.md#item-first-item)\n")));
    }

    @Test
    void everyErrorOfARunIsReportedTogether() {
        List<String> errors = errors(Map.of(
                "content/index.md", "---\ntitle: Welcome\n---\n[x](missing.md)\n",
                "content/phases/01-first.yml", "items:\n  - id: Bad Id\n    text: A\n    colour: red\n"));
        assertEquals(3, errors.size(), String.join("\n", errors));
    }

    @Test
    void crlfAndByteOrderMarkReadTheSame() {
        Map<String, String> files = new HashMap<>(TestSupport.minimalHandbook());
        files.replaceAll((name, text) -> "\uFEFF" + text.replace("\n", "\r\n"));
        TestSupport.write(dir, files);
        new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES,
                dir.resolve("site"), Optional.empty(), false, true));
        String html = readSite("phases/01-first.html");
        assertTrue(html.contains("<h1>First Steps</h1>"), html);
        assertTrue(html.contains("Learn the <code>first</code> thing"), html);
    }

    @Test
    void phaseNumbersPastNinetyNine() {
        TestSupport.write(dir, TestSupport.minimalHandbook());
        TestSupport.write(dir, Map.of("content/phases/100-late.md", PHASE_HEAD.replace("phase: 1", "phase: 100")
                + "---\nNo checklist here.\n"));
        new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES,
                dir.resolve("site"), Optional.empty(), false, true));
        assertTrue(readSite("index.html").contains("Phase 100"));
        assertTrue(readSite("phases/100-late.html").contains("<h1>First Steps</h1>"));
    }

    @Test
    void formerIdCollidingWithCurrentId() {
        assertEquals(List.of("""
                content/phases/01-first.yml:5:11: error: former id 'first-item' is also the id of a current item \
                (at content/phases/01-first.yml:2)
                  hint: progress would move to the wrong item; remove it from 'was:' or rename the other item"""),
                errors(Map.of("content/phases/01-first.yml", "items:\n  - id: first-item\n    text: A\n"
                        + "  - id: second\n    was: [first-item]\n    text: B\n")));
    }

    private static final String QUIZ = "content/phases/01-first.quiz.yml";

    @Test
    void quizQuestionsMustBeMarkable() {
        // Issue 10: a quiz the browser could not mark fairly never reaches a learner.
        assertEquals(List.of("""
                content/phases/01-first.quiz.yml:2:5: error: question 'one-option' needs at least two options""", """
                content/phases/01-first.quiz.yml:6:5: error: question 'none-correct' has no correct option
                  hint: mark the right answer with 'correct: true'""", """
                content/phases/01-first.quiz.yml:11:5: error: question 'two-correct' has 2 correct options but is \
                single-choice
                  hint: add 'multiple: true' or mark only one option""", """
                content/phases/01-first.quiz.yml:22:9: error: missing required key 'why' in a quiz option
                  hint: add 'why: ...'"""),
                errors(Map.of(QUIZ, """
                        questions:
                          - id: one-option
                            prompt: Only one?
                            options:
                              - {text: A, correct: true, why: Because.}
                          - id: none-correct
                            prompt: None right?
                            options:
                              - {text: A, why: No.}
                              - {text: B, why: No.}
                          - id: two-correct
                            prompt: Two right?
                            options:
                              - {text: A, correct: true, why: Yes.}
                              - {text: B, correct: true, why: Yes.}
                          - id: fine-multiple
                            prompt: Two right, and said so
                            multiple: true
                            options:
                              - {text: A, correct: true, why: Yes.}
                              - {text: B, correct: true, why: Yes.}
                              - text: C
                        """)));
    }

    @Test
    void chooseNeedsARangeTheChecklistCanMeet() {
        Map<String, String> files = new HashMap<>();
        files.put("content/capstone.yml", "items:\n  - id: p-one\n    text: One\n  - id: p-two\n    text: Two\n");
        files.put("content/capstone.md", "---\ntitle: Capstone\nchoose: 2-3\n---\nPick.\n");
        files.put("content/extra.md", "---\ntitle: Extra\nchoose: two\n---\nNo list.\n");
        files.put("content/other.md", "---\ntitle: Other\nchoose: 3-1\n---\n");
        assertEquals(List.of("""
                content/capstone.md:3:9: error: 'choose: 2-3' asks for up to 3 items but the page's checklist has 2
                  hint: lower the range or add items""", """
                content/extra.md:3:9: error: 'choose' must be a number or a range, found 'two'
                  hint: write e.g. 'choose: 2-3' (the learner picks two or three of this page's checklist items)""", """
                content/other.md:3:9: error: 'choose: 3-1' is not a range of at least one item
                  hint: write the smaller number first, e.g. 'choose: 2-3'"""), errors(files));
    }

    @Test
    void aPageCannotTakeThePortfolioPagesPlace() {
        assertEquals(List.of("""
                content/portfolio.md: error: this page would replace the learner's portfolio page (portfolio.html)
                  hint: rename the page: the site adds portfolio.html itself"""),
                errors(Map.of("content/portfolio.md", "---\ntitle: My portfolio\n---\nHello.\n")));
    }

    @Test
    void aPageCannotTakeThePlanPagesPlace() {
        assertEquals(List.of("""
                content/plan.md: error: this page would replace the learner's plan page (plan.html)
                  hint: rename the page: the site adds plan.html itself"""),
                errors(Map.of("content/plan.md", "---\ntitle: My plan\n---\nHello.\n")));
    }

    @Test
    void aTrackPageGetsItsPicksAndEachPickAPortfolioEntry() {
        TestSupport.write(dir, TestSupport.minimalHandbook());
        TestSupport.write(dir, Map.of("content/capstone.md", "---\ntitle: Capstone\nchoose: 1-2\n---\nPick.\n",
                "content/capstone.yml", "items:\n  - id: p-one\n    text: One `x`\n  - id: p-two\n    text: Two\n"));
        new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES,
                dir.resolve("site"), Optional.empty(), false, true));
        String html = readSite("capstone.html");
        assertTrue(html.contains("data-track=\"capstone\" data-min=\"1\" data-max=\"2\" data-label=\"1 or 2\""), html);
        assertTrue(html.contains("<input type=\"checkbox\" id=\"pick-p-one\" data-pick=\"p-one\""), html);
        // One entry form for every pick (issue 9): track.js copies it with the item's id and label (TrackIT).
        assertTrue(html.contains("<template data-pick-entry>\n<form class=\"portfolio-entry\" data-portfolio=\"PICK\""),
                html);
        assertTrue(html.contains("<legend>Portfolio entry: </legend>"), html);
        assertEquals(1, html.split("<form class=\"portfolio-entry\"", -1).length - 1, "not one form per item");
        String index = readSite("index.html");
        assertTrue(index.contains("data-track-summary=\"capstone\""), index);
        assertTrue(readSite("portfolio.html").contains("data-portfolio-item=\"p-two\" data-kind=\"pick\""));
    }

    private String readSite(String path) {
        try {
            return Files.readString(dir.resolve("site").resolve(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
