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
        assertEquals(5, result.pageCount()); // index, the phase, its worksheet, the booklet, 404
        assertTrue(Files.exists(dir.resolve("site/phases/01-first.html")));
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

    private String readSite(String path) {
        try {
            return Files.readString(dir.resolve("site").resolve(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
