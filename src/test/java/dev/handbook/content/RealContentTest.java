package dev.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.model.ChecklistItem;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.SiteBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real handbook in content/ builds without warnings and holds the whole roadmap: every phase with
 * its title and duration, every checklist entry as an item, the capstone projects and mastery criteria.
 * The expected structure is a copy of the roadmap's lists (src/test/resources/roadmap/).
 */
class RealContentTest {
    static BuildResult result;
    static Path site;

    @BeforeAll
    static void build(@TempDir Path out) {
        site = out.resolve("site");
        BuildRequest request = new BuildRequest(Path.of("content"), Path.of("templates"), site,
                java.util.Optional.empty(), false, true);
        result = new SiteBuilder("test", Path.of("")).build(request);
    }

    static List<String[]> expected(String kind) throws IOException {
        try (var in = Objects.requireNonNull(RealContentTest.class.getResourceAsStream(
                "/roadmap/expected-structure.tsv"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith(kind + "\t")).map(l -> l.split("\t")).toList();
        }
    }

    @Test
    void buildsWithoutWarnings() {
        assertEquals(List.of(), result.warnings().stream().map(Object::toString).toList());
    }

    @Test
    void everyPhaseWithItsTitleAndDuration() throws IOException {
        Handbook h = result.handbook();
        List<String[]> phases = expected("phase");
        assertEquals(12, phases.size());
        assertEquals(phases.size(), h.phases().size());
        for (String[] row : phases) {
            Page phase = h.phases().stream().filter(p -> p.phase().number() == Integer.parseInt(row[1])).findFirst()
                    .orElseThrow(() -> new AssertionError("no phase " + row[1]));
            assertEquals(row[2], phase.title());
            assertEquals(row[3].replace("-", "–"), phase.phase().duration().orElseThrow().label());
        }
    }

    @Test
    void everyRoadmapChecklistEntryIsAnItemOfItsPhase() throws IOException {
        for (String[] row : expected("item")) {
            Page phase = result.handbook().phases().stream()
                    .filter(p -> p.phase().number() == Integer.parseInt(row[1])).findFirst().orElseThrow();
            Set<String> texts = phase.checklist().items().stream().map(i -> i.text().source())
                    .collect(Collectors.toSet());
            assertTrue(texts.contains(row[2]), "phase " + row[1] + " lacks '" + row[2] + "': " + texts);
        }
    }

    @Test
    void capstoneProjectsAndMasteryCriteriaAreChecklists() throws IOException {
        assertItems("capstone.md", expected("capstone"));
        assertItems("mastery.md", expected("mastery"));
    }

    private void assertItems(String page, List<String[]> rows) {
        Page p = result.handbook().pageByContentPath(page).orElseThrow(() -> new AssertionError("no " + page));
        List<String> texts = p.checklist().items().stream().map(i -> i.text().source()).toList();
        assertEquals(rows.stream().map(r -> r[2]).toList(), texts);
    }

    @Test
    void siteHasEveryPage() {
        for (String path : List.of("index.html", "capstone.html", "mastery.html", "404.html", ".nojekyll")) {
            assertTrue(Files.exists(site.resolve(path)), path);
        }
        for (Page phase : result.handbook().phases()) {
            assertTrue(Files.exists(site.resolve(phase.output().value())), phase.output().value());
        }
    }

    @Test
    void idsAreUniqueSlugs() {
        List<String> ids = result.handbook().allPages().flatMap(p -> p.checklist().all()).map(ChecklistItem::id)
                .map(Object::toString).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size());
        assertTrue(ids.stream().allMatch(dev.handbook.model.ItemId::isWellFormed));
    }
}
