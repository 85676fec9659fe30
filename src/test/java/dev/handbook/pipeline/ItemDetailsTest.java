package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import dev.handbook.diag.BuildFailedException;
import dev.handbook.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An item's {@code detail} may be block Markdown (issue 17, 3): a list, a code block, several paragraphs
 * render under the item on its page; the worksheet shows the first paragraph and says the rest is on the
 * page. A one-line detail renders as before, and {@code text} stays one line.
 */
class ItemDetailsTest {
    static final String CHECKLIST = """
            items:
              - id: steps
                text: Follow the steps
                detail: |
                  Three steps, in order.

                  1. Install the toolchain.
                  2. Create the project:

                     ```sh
                     cargo new hello
                     ```
                  3. Run it.

                  Then tell a friend.

                  > [!TIP]
                  > Keep the terminal open.
              - id: short
                text: A short one
                detail: One sentence, as before.
            """;

    @TempDir
    Path dir;

    private BuildResult build(String checklist) {
        TestSupport.write(dir, TestSupport.minimalHandbook());
        TestSupport.write(dir, Map.of("content/phases/01-first.yml", checklist));
        return new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES,
                dir.resolve("site"), Optional.empty(), false, true));
    }

    @Test
    void aDetailOfBlocksRendersUnderTheItemAndFoldsOnTheWorksheet() throws IOException {
        build(CHECKLIST);
        Document page = Jsoup.parse(Files.readString(dir.resolve("site/phases/01-first.html")));
        Element detail = page.selectFirst("#item-steps div.detail");
        assertEquals("Three steps, in order.", detail.selectFirst("p").text());
        assertEquals(List.of("Install the toolchain.", "Create the project: cargo new hello", "Run it."),
                detail.select("ol > li").eachText());
        assertEquals("cargo new hello\n", detail.selectFirst("pre > code").wholeText());
        assertTrue(page.select("link[href$='alerts.css'], link[href$='code.css']").size() == 2,
                "an alert and code in a detail bring their styles");
        assertEquals("<p class=\"detail\">One sentence, as before.</p>", page.selectFirst("#item-short .detail")
                .outerHtml());

        Document sheet = Jsoup.parse(Files.readString(dir.resolve("site/phases/01-first.worksheet.html")));
        assertEquals("Three steps, in order. (more on the phase's page)",
                sheet.selectFirst("tr[data-item=steps] .item-detail").text());
        assertTrue(sheet.select("tr[data-item=steps] .item-detail ol, tr[data-item=steps] pre").isEmpty());
        assertTrue(Files.readString(dir.resolve("site/search-index.js")).contains("cargo new hello"),
                "search finds a detail's words");
    }

    @Test
    void aHeadingInADetailIsALocatedError() {
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> build("""
                items:
                  - id: steps
                    text: Follow the steps
                    detail: |
                      First.

                      ## Not here
                """));
        assertEquals(List.of("content/phases/01-first.yml:7:7: error: a detail holds paragraphs, lists and code, not"
                + " headings"), e.diagnostics().stream().map(d -> d.location() + ": error: " + d.message()).toList());
    }

    @Test
    void rawScriptInADetailIsRemovedWithALocatedWarning() throws IOException {
        BuildResult result = build("""
                items:
                  - id: steps
                    text: Follow the steps
                    detail: |
                      First.

                      <script>alert(1)</script>
                """);
        assertEquals(List.of("content/phases/01-first.yml:7:7"), result.warnings().stream()
                .map(Diagnostic::location).toList());
        Document page = Jsoup.parse(Files.readString(dir.resolve("site/phases/01-first.html")));
        assertTrue(page.select("script").stream().noneMatch(s -> s.data().contains("alert")),
                "no script reaches readers");
    }
}
