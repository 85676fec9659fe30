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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worksheets as built (issue 8): one beside each phase, linked from it, and the booklet of them all,
 * with the phase's texts and links that work from where each is published. How they print is PrintIT's.
 */
class WorksheetsTest {
    @TempDir
    Path dir;

    private static final String PHASE = """
            ---
            title: First Steps
            phase: 1
            duration: 2-3 weeks
            outcomes:
              - You can do the *first* thing, as the [outcomes](#outcomes) say.
              - You can do the second thing.
            mastery_check:
              title: Build a `thing`
              build: A small program that does the thing.
              acceptance:
                - It works
                - It is tested
                - It is documented
              stretch: Make it fast.
            ---
            Intro text.
            """;

    private static final String CHECKLIST = """
            items:
              - id: first-item
                text: Learn the `first` thing, back to the [start](../index.md)
                detail: One sentence.
                links:
                  - title: Docs
                    url: https://doc.rust-lang.org/book/
              - id: second-item
                text: Learn the second thing
            review:
              - id: first-review
                text: The program was reviewed.
            """;

    private Path build(Map<String, String> overrides, String baseUrl) {
        Map<String, String> files = new HashMap<>(TestSupport.minimalHandbook());
        files.put("content/phases/01-first.md", PHASE);
        files.put("content/phases/01-first.yml", CHECKLIST);
        files.putAll(overrides);
        TestSupport.write(dir, files);
        new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES,
                dir.resolve("site"), Optional.ofNullable(baseUrl), false, true));
        return dir.resolve("site");
    }

    private static Document read(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file), "");
    }

    @Test
    void eachPhaseHasAWorksheetWithEveryPart() throws IOException {
        Document sheet = read(build(Map.of(), null).resolve("phases/01-first.worksheet.html"));
        Element article = sheet.expectFirst("article.sheet");
        assertEquals("Phase 1 · 2–3 weeks · 3 items", article.expectFirst(".eyebrow").text());
        assertEquals("First Steps", article.expectFirst("h1").text());
        assertEquals(List.of("You can do the first thing, as the outcomes say.", "You can do the second thing."),
                article.select(".sheet-outcomes li").eachText());
        assertEquals(List.of("first-item", "second-item", "first-review"), article.select("tr[data-item]")
                .eachAttr("data-item"));
        assertEquals("Learn the first thing, back to the start One sentence.",
                article.expectFirst("tr[data-item=first-item] td:nth-child(2)").text());
        // Boxes to tick by hand, with an empty date and note cell beside each item.
        assertEquals(3, article.select("tr[data-item] .box").size());
        assertEquals(6, article.select("tr[data-item] td.write:empty").size());
        assertEquals(0, article.select("input[type=checkbox]").size(), "a worksheet is paper, not a form");
        assertEquals("Mastery check: Build a thing", article.expectFirst("#phase-1-mastery").text());
        assertEquals(List.of("It works", "It is tested", "It is documented"),
                article.select(".acceptance li").eachText());
        assertEquals(List.of("Name", "Started", "Repository URL", "Notes", "", "", "Reviewed by", "Date"),
                article.select(".write-line").stream().map(Element::text).toList());
        assertEquals("Sources for every item, the quiz and your progress: phases/01-first.html",
                article.expectFirst(".sheet-source").text());
        assertEquals("Worksheet: First Steps · Test Book", sheet.title());
    }

    @Test
    void theBlankVersionNeedsNoScript() throws IOException {
        Document sheet = read(build(Map.of(), null).resolve("phases/01-first.worksheet.html"));
        assertTrue(sheet.expectFirst("[data-sheet-versions]").hasAttr("hidden"), "the chooser needs the script");
        assertEquals(List.of("blank", "ticks", "left"), sheet.select("[data-sheet-versions] input[name=version]")
                .eachAttr("value"));
        assertEquals("blank", sheet.expectFirst("input[name=version][checked]").val());
        assertTrue(sheet.select("noscript").html().contains("This is the blank worksheet."));
        assertEquals(0, sheet.select(".is-done").size());
        assertTrue(sheet.select("script[src]").eachAttr("src").contains("../assets/worksheet.js"));
    }

    @Test
    void thePhasePageLinksToItsWorksheetAndTheIndexToTheBooklet() throws IOException {
        Path site = build(Map.of(), null);
        Element link = read(site.resolve("phases/01-first.html")).expectFirst(".worksheet-link a");
        assertEquals("../phases/01-first.worksheet.html", link.attr("href"));
        assertEquals("Print worksheet", link.text());
        Element all = read(site.resolve("index.html")).expectFirst(".worksheet-link a");
        assertEquals("worksheets.html", all.attr("href"));
        assertEquals("Print all worksheets", all.text());
    }

    @Test
    void linksWorkFromTheWorksheetAndFromTheBooklet() throws IOException {
        Path site = build(Map.of(), null);
        Document sheet = read(site.resolve("phases/01-first.worksheet.html"));
        assertEquals("../index.html", sheet.expectFirst("tr[data-item=first-item] a").attr("href"));
        assertEquals("01-first.html#outcomes", sheet.expectFirst(".sheet-outcomes a").attr("href"));
        Document booklet = read(site.resolve("worksheets.html"));
        assertEquals("index.html", booklet.expectFirst("tr[data-item=first-item] a").attr("href"));
        assertEquals("phases/01-first.html#outcomes", booklet.expectFirst(".sheet-outcomes a").attr("href"));
    }

    @Test
    void theBookletHasACoverContentsAndEverySheet() throws IOException {
        Map<String, String> second = Map.of("content/phases/02-second.md", PHASE.replace("First Steps", "Second Steps")
                .replace("phase: 1", "phase: 2"), "content/phases/02-second.yml", """
                items:
                  - id: other-item
                    text: Another thing
                """);
        Document booklet = read(build(second, "https://example.org/book/").resolve("worksheets.html"));
        assertEquals("Test Book", booklet.expectFirst(".booklet-cover h1").text());
        assertEquals(List.of("#phase-1", "#phase-2"), booklet.select(".booklet-contents a").eachAttr("href"));
        assertEquals(List.of("First Steps", "Second Steps"), booklet.select("article.sheet h2[id$=-title]").eachText());
        assertEquals(List.of("phase-1", "phase-2"), booklet.select("article.sheet").eachAttr("id"));
        // Each sheet is a named print page, so it starts on a new page with its phase in the running head.
        String print = booklet.expectFirst("style[media=print]").data();
        assertTrue(print.contains("@page phase-2 { @top-right { content: \"Phase 2 · Second Steps\"; } }"), print);
        assertTrue(print.contains("#phase-2 { page: phase-2; }"), print);
        assertEquals("Sources for every item, the quiz and your progress: https://example.org/book/phases/02-second.html",
                booklet.select(".sheet-source").last().text());
    }

    @Test
    void everyPageNamesItsHandbookAndPhaseInThePrintedHead() throws IOException {
        Path site = build(Map.of(), null);
        assertEquals("@page { @top-left { content: \"Test Book\"; } @top-right { content: \"Phase 1 · First Steps\"; } }",
                read(site.resolve("phases/01-first.html")).expectFirst("style[media=print]").data().strip());
        assertEquals("@page { @top-left { content: \"Test Book\"; } @top-right { content: \"Phase 1 · First Steps\"; } }",
                read(site.resolve("phases/01-first.worksheet.html")).expectFirst("style[media=print]").data().strip());
    }

    @Test
    void aTitleCannotEscapeThePrintStyle() throws IOException {
        Path site = build(Map.of("content/phases/01-first.md",
                PHASE.replace("title: First Steps", "title: 'A \"</style><script>alert(1)</script>'")), null);
        for (String page : List.of("phases/01-first.html", "phases/01-first.worksheet.html", "worksheets.html")) {
            Document doc = read(site.resolve(page));
            assertTrue(doc.select("script:not([src]):not(#handbook-text)").isEmpty(), page);
            assertTrue(doc.expectFirst("style[media=print]").data().contains(
                    "\"Phase 1 · A \\22 \\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e \""), page);
        }
    }

    @Test
    void aPageAtTheBookletsAddressIsAnError() {
        Map<String, String> files = new HashMap<>(TestSupport.minimalHandbook());
        files.put("content/worksheets.md", "---\ntitle: My worksheets\n---\nText.\n");
        TestSupport.write(dir, files);
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> new SiteBuilder("test", dir).build(
                new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES, dir.resolve("site"),
                        Optional.empty(), false, false)));
        assertEquals(List.of("""
                content/worksheets.md: error: this page has the same URL as a worksheet booklet (worksheets.html)
                  hint: rename the file: the handbook publishes its worksheets there"""),
                e.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList());
    }

    @Test
    void aHandbookWithoutPhasesHasNoBooklet() {
        Map<String, String> files = new HashMap<>(TestSupport.minimalHandbook());
        files.remove("content/phases/01-first.md");
        files.remove("content/phases/01-first.yml");
        files.put("content/index.md", "---\ntitle: Welcome\n---\nNo phases yet.\n");
        TestSupport.write(dir, files);
        new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES,
                dir.resolve("site"), Optional.empty(), false, true));
        assertFalse(Files.exists(dir.resolve("site/worksheets.html")));
    }
}
