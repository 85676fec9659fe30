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
 * Parts (issue 17): phases grouped in folders {@code content/phases/NN-part/}, each with an index.md that is
 * the part's page. They show in the navigation as groups, on the start page with their progress, as pages
 * of their own, in search, the plan and the worksheets; a phase keeps its key (and the learner's state
 * kept under it) whichever part it is in. A phase here has only a title: the optional fields stay out.
 */
class PartsTest {
    @TempDir
    Path dir;

    static Map<String, String> partedHandbook() {
        Map<String, String> files = new HashMap<>(Map.of(
                "content/handbook.yml", "id: parted\ntitle: Parted Course\ndescription: A course in parts.\n",
                "content/index.md", "---\ntitle: Welcome\n---\nStart with [the basics](phases/01-basics/index.md).\n",
                "content/phases/01-basics/index.md", """
                        ---
                        title: Basics
                        description: Where everyone starts.
                        ---
                        The first part. Begin with [the first lesson](01-hello.md).
                        """,
                "content/phases/01-basics/01-hello.md", "---\ntitle: Hello\n---\n## Say hello\n\nA lesson.\n",
                "content/phases/01-basics/01-hello.yml", "items:\n  - id: say-hello\n    text: Say hello\n",
                "content/phases/01-basics/02-again.md", "---\ntitle: Again\n---\nAnother lesson.\n",
                "content/phases/02-further/index.md", "---\ntitle: Further\n---\n",
                "content/phases/02-further/03-onwards.md", "---\ntitle: Onwards\n---\nBack to [hello](../01-basics/01-hello.md#say-hello).\n",
                "content/phases/02-further/03-onwards.yml", "items:\n  - id: go-on\n    text: Go on\n"));
        return files;
    }

    private Path build(Map<String, String> files) {
        TestSupport.write(dir, files);
        Path site = dir.resolve("site");
        new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES, site,
                Optional.of("https://example.org/course/"), false, true));
        return site;
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path)));
    }

    @Test
    void partsArePagesAndGroupThePhasesEverywhere() throws IOException {
        Path site = build(partedHandbook());
        Document part = page(site, "phases/01-basics/index.html");
        assertEquals("Basics", part.selectFirst("h1").text());
        assertTrue(part.selectFirst(".body").text().contains("The first part."));
        assertEquals(List.of("Hello", "Again"), part.select(".cards .card-title").eachText());
        assertEquals("say-hello", part.selectFirst("[data-progress][data-group]").attr("data-items"));
        assertEquals("01-hello.html", part.selectFirst(".body a").attr("href"));

        Document phase = page(site, "phases/01-basics/01-hello.html");
        assertEquals("phases/01-hello", phase.body().attr("data-page"), "a phase's key does not name its part");
        assertEquals("Part 1: Basics", phase.selectFirst(".eyebrow a").text());
        assertTrue(phase.select("#outcomes, #mastery-check, .duration").isEmpty(), "no section it has no text for");
        assertEquals(List.of("Basics", "Further"), phase.select("nav .nav-part > summary").eachText());
        assertTrue(phase.selectFirst("nav .nav-part").hasAttr("open"), "its own part is open");
        assertFalse(phase.select("nav .nav-part").get(1).hasAttr("open"), "the others are closed");
        assertEquals("../../phases/01-basics/01-hello.html", phase.selectFirst("nav a[aria-current]").attr("href"));

        Document index = page(site, "index.html");
        assertEquals(List.of("Basics", "Further"), index.select(".part-cards .card-title").eachText());
        assertEquals("say-hello", index.selectFirst(".part-cards [data-progress]").attr("data-items"),
                "the start page counts each part's items");
        assertTrue(index.select(".part-cards [data-group]").isEmpty(), "and the overall bar adds them up");
        assertTrue(index.selectFirst(".facts").text().startsWith("2 parts · 3 phases · 2 checklist items"),
                index.selectFirst(".facts").text());

        Document onwards = page(site, "phases/02-further/03-onwards.html");
        assertEquals("../01-basics/01-hello.html#say-hello", onwards.selectFirst(".body a").attr("href"));

        Document plan = page(site, "plan.html");
        assertEquals(List.of("Part 1: Basics", "Part 2: Further"), plan.select("tr.plan-part th").eachText());
        assertEquals("1", plan.selectFirst("[data-plan-phase='phases/02-again']").attr("data-max-weeks"),
                "a phase without a duration counts one week");

        Document booklet = page(site, "phases/01-basics/worksheets.html");
        assertEquals(List.of("Hello", "Again"), booklet.select(".sheet h2").eachText());
        assertEquals(3, page(site, "worksheets.html").select(".sheet").size());

        String search = Files.readString(site.resolve("search-index.js"));
        assertTrue(search.contains("\"Basics › Phase 1: Hello\""), search);
        assertTrue(search.contains("\"Part 1: Basics\""), search);
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://example.org/course/phases/01-basics/index.html</loc>"), sitemap);
    }

    @Test
    void aPhaseMovedToAnotherPartKeepsItsKeyAndItsIds() throws IOException {
        Map<String, String> files = partedHandbook();
        Path site = build(files);
        String before = page(site, "phases/01-basics/01-hello.html").body().attr("data-page");
        Files.move(dir.resolve("content/phases/01-basics/01-hello.md"), dir.resolve("content/phases/02-further/01-hello.md"));
        Files.move(dir.resolve("content/phases/01-basics/01-hello.yml"), dir.resolve("content/phases/02-further/01-hello.yml"));
        // The links to its old place now fail check, each located; mended, the site builds.
        BuildFailedException broken = assertThrows(BuildFailedException.class, () -> build(Map.of()));
        assertEquals(List.of("content/phases/01-basics/index.md:5:28: error: link target '01-hello.md' not found"
                + " (no page content/phases/01-basics/01-hello.md)", "content/phases/02-further/03-onwards.md:4:9:"
                + " error: link target '../01-basics/01-hello.md#say-hello' not found (no page"
                + " content/phases/01-basics/01-hello.md)"), broken.diagnostics().stream()
                .map(d -> d.location() + ": error: " + d.message()).toList());
        build(Map.of("content/phases/01-basics/index.md", "---\ntitle: Basics\n---\nThe first part.\n",
                "content/phases/02-further/03-onwards.md", "---\ntitle: Onwards\n---\nBack to [hello](01-hello.md#say-hello).\n"));
        Document moved = page(site, "phases/02-further/01-hello.html");
        assertEquals(before, moved.body().attr("data-page"));
        assertEquals("say-hello", moved.selectFirst("[data-item]").attr("data-item"));
    }

    @Test
    void brokenPartsAreLocatedErrors() {
        Map<String, String> files = partedHandbook();
        files.remove("content/phases/02-further/index.md");
        files.put("content/phases/07-loose.md", "---\ntitle: Loose\n---\n");
        files.put("content/phases/03-deep/04-deeper/05-deepest.md", "---\ntitle: Deepest\n---\n");
        files.put("content/phases/01-again/index.md", "---\ntitle: Again\n---\n");
        files.put("content/phases/09-empty/index.md", "---\ndescription: no title\n---\n");
        files.put("content/phases/09-empty/02-clash.md", "---\ntitle: Clash\n---\n");
        TestSupport.write(dir, files);
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> new SiteBuilder("test", dir)
                .build(new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES, dir.resolve("site"),
                        Optional.empty(), false, true)));
        List<String> found = e.diagnostics().stream().map(Diagnostic::toString).map(s -> s.replaceAll("\n.*", ""))
                .toList();
        assertEquals(List.of(
                "content/phases/01-again/index.md: warning: this part has no phases yet",
                "content/phases/01-basics/index.md: error: part 1 is also content/phases/01-again/index.md",
                "content/phases/02-further: error: this part has no index.md",
                "content/phases/03-deep/04-deeper/05-deepest.md: error: a part cannot hold another part",
                "content/phases/07-loose.md: error: this phase is outside the handbook's parts",
                "content/phases/09-empty/02-clash.md: error: phase 2 is also content/phases/01-basics/02-again.md",
                "content/phases/09-empty/index.md:2:1: error: missing required key 'title' in part front matter"),
                found);
        assertFalse(Files.exists(dir.resolve("site")), "nothing is written");
    }
}
