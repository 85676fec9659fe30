package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diag.Diagnostics;
import dev.handbook.load.ContentLoader;
import dev.handbook.model.ChecklistItem;
import dev.handbook.model.Handbook;
import dev.handbook.model.Markdown;
import dev.handbook.model.MasteryCheck;
import dev.handbook.model.Page;
import dev.handbook.model.Quiz;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our Markdown renderer against GitHub's own, Debian's cmark-gfm, on three corpora: the GFM spec's
 * examples, every Markdown text of our content/ (page bodies and every inline field), and handbook-shaped
 * fixture pages (src/test/resources/markdown/fixtures/). Both outputs are normalised ({@link HtmlNormalizer})
 * and must be equal, unless src/test/resources/markdown/known-differences.txt explains the difference.
 * Every case that is not an exact match is written to target/github-differential.txt for reading.
 */
class GithubDifferentialTest {
    private static final Path FIXTURES = Path.of("src/test/resources/markdown/fixtures");
    private static final Path REPORT = Path.of("target/github-differential.txt");

    private static Differential differential;
    private static AllowList allowList;

    @BeforeAll
    static void setUp() throws IOException {
        CmarkGfm cmark = CmarkGfm.require();
        allowList = AllowList.load();
        differential = new Differential(cmark, allowList);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, "");
    }

    @Test
    void gfmSpecExamples() throws IOException {
        List<GfmSpec.Example> examples = GfmSpec.examples();
        // A truncated or swapped spec file must not pass quietly: GFM 0.29 has 673 examples.
        assertEquals(673, examples.size(), "examples in " + GfmSpec.RESOURCE);
        Map<String, int[]> sections = new LinkedHashMap<>();
        List<Differential.Outcome> outcomes = new ArrayList<>();
        for (GfmSpec.Example example : examples) {
            Differential.Outcome outcome = differential.compare("spec", String.valueOf(example.number()),
                    example.markdown());
            outcomes.add(outcome);
            int[] tally = sections.computeIfAbsent(example.section(), s -> new int[2]);
            tally[1]++;
            if (outcome.status() == Differential.Status.MATCH) {
                tally[0]++;
            }
        }
        long matched = outcomes.stream().filter(o -> o.status() == Differential.Status.MATCH).count();
        StringBuilder table = new StringBuilder("GFM spec examples matching cmark-gfm, per section:\n");
        sections.forEach((section, t) -> table.append(String.format("  %3d/%-3d %s%n", t[0], t[1], section)));
        table.append(String.format("  %d/%d examples match (%.2f%%); allow-listed: %s%n", matched, examples.size(),
                100.0 * matched / examples.size(), outcomes.stream()
                        .filter(o -> o.status() != Differential.Status.MATCH).map(Differential.Outcome::name)
                        .collect(Collectors.joining(", "))));
        System.out.print(table);
        report(table + "\n", outcomes);
        assertNoFailures(outcomes);
        assertTrue(matched >= Math.ceil(0.99 * examples.size()), "at least 99% of the spec examples must match:\n"
                + table);
        assertNoStaleEntries("spec");
    }

    @Test
    void everyMarkdownTextOfOurContent() throws IOException {
        var loaded = new ContentLoader(Path.of("content"), path -> Path.of("").toAbsolutePath()
                .relativize(path.toAbsolutePath()).toString()).load();
        assertEquals(List.of(), loaded.diagnostics(), "content/ must load cleanly");
        Handbook handbook = loaded.value().orElseThrow();
        List<Differential.Outcome> outcomes = new ArrayList<>();
        handbook.allPages().flatMap(GithubDifferentialTest::markdownOf).forEach(markdown -> outcomes.add(
                differential.compare("content", markdown.start().file(), markdown.source())));
        assertTrue(outcomes.size() > 300, "every page body and inline field of content/, found " + outcomes.size());
        summarise("content/ Markdown texts", outcomes);
        assertNoFailures(outcomes);
        assertNoStaleEntries("content");
    }

    @Test
    void handbookShapedFixtures() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(FIXTURES)) {
            files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "fixture pages in " + FIXTURES + ": " + files.size());
        List<Differential.Outcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            outcomes.add(differential.compare("fixture", file.getFileName().toString(),
                    Files.readString(file, StandardCharsets.UTF_8)));
        }
        summarise("fixture pages", outcomes);
        assertNoFailures(outcomes);
        assertNoStaleEntries("fixture");
        assertEquals(List.of(), allowList.wideUnusedBy("fixture").stream().map(Object::toString).toList(),
                "every difference allowed for many cases must be shown by a fixture page that needs it");
    }

    /** A page's Markdown: its body, then every inline field of its front matter, checklist and quiz. */
    private static Stream<Markdown> markdownOf(Page page) {
        List<Markdown> texts = new ArrayList<>();
        texts.add(page.body());
        if (page.isPhase()) {
            texts.addAll(page.phase().outcomes());
            page.phase().masteryCheck().ifPresent(check -> {
                texts.addAll(List.of(check.title(), check.build(), check.stretch(), check.portfolio()));
                texts.addAll(check.acceptance());
            });
        }
        page.checklist().all().forEach(item -> texts.addAll(itemTexts(item)));
        for (Quiz.Question question : page.quiz().questions()) {
            texts.add(question.prompt());
            question.options().forEach(option -> texts.addAll(List.of(option.text(), option.why())));
        }
        return texts.stream().filter(m -> !m.isBlank());
    }

    private static List<Markdown> itemTexts(ChecklistItem item) {
        return List.of(item.text(), item.detail());
    }

    private static void summarise(String what, List<Differential.Outcome> outcomes) throws IOException {
        Map<Differential.Status, Long> counts = outcomes.stream().collect(Collectors.groupingBy(
                Differential.Outcome::status, () -> new java.util.EnumMap<>(Differential.Status.class),
                Collectors.counting()));
        String line = what + " against cmark-gfm: " + outcomes.size() + " texts, " + counts + "\n";
        System.out.print(line);
        report(line, outcomes);
    }

    private static void report(String heading, List<Differential.Outcome> outcomes) throws IOException {
        StringBuilder out = new StringBuilder(heading);
        outcomes.stream().filter(o -> o.status() != Differential.Status.MATCH)
                .forEach(o -> out.append("\n=== ").append(o.describe()));
        Files.writeString(REPORT, out + "\n", java.nio.file.StandardOpenOption.APPEND);
    }

    private static void assertNoFailures(List<Differential.Outcome> outcomes) {
        List<String> failures = outcomes.stream().filter(o -> o.status() == Differential.Status.FAILED)
                .map(Differential.Outcome::describe).toList();
        assertTrue(failures.isEmpty(), failures.size() + " unexplained difference(s) from cmark-gfm; fix the "
                + "renderer, or add an entry with its reason to " + AllowList.RESOURCE + ":\n\n"
                + String.join("\n", failures));
    }

    private static void assertNoStaleEntries(String kind) {
        assertEquals(List.of(), allowList.stale(kind).stream().map(Object::toString).toList(),
                "allow-list entries that no case needs any more: remove them");
    }
}
