package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.TestSupport;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index a build writes: pages, headings, items and mastery checks, as plain text (issue 9). */
class SearchIndexTest {
    @Test
    void indexesPagesHeadingsItemsAndMasteryChecks(@TempDir Path dir) throws Exception {
        Map<String, String> files = new HashMap<>(TestSupport.minimalHandbook());
        files.put("content/phases/01-first.md", """
                ---
                title: First Steps
                phase: 1
                duration: 1 week
                description: The "first" phase.
                outcomes:
                  - You can do the *first* thing.
                mastery_check:
                  title: Build a **thing**
                  build: A [small](https://example.test/) tool.
                  acceptance:
                    - It works
                ---
                Intro text.

                ## Where `</script>` goes
                """);
        TestSupport.write(dir, files);
        Path site = dir.resolve("site");
        new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES, site,
                Optional.empty(), false, true));
        assertEquals("""
                window.handbookSearch={"v":1,"pages":[["index.html","Welcome"],\
                ["phases/01-first.html","Phase 1: First Steps"]],
                "entries":[
                [0,"","p","Welcome",""],
                [1,"","p","First Steps","The \\"first\\" phase."],
                [1,"where-script-goes","h","Where \\u003c/script> goes",""],
                [1,"item-first-item","i","Learn the first thing","One sentence."],
                [1,"mastery-check","m","Build a thing","A small tool."]]};
                """, Files.readString(site.resolve("search-index.js")));
    }

    @Test
    void stringsAreSafeJavaScriptLiterals() {
        assertEquals("\"a\\\"b\\\\c\\n\\u003c/script>\\u2028\\u0001\"",
                JsonText.quote("a\"b\\c\n</script>\u2028\u0001"));
    }
}
