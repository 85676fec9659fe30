package dev.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diag.Diagnostics;
import dev.handbook.load.ContentLoader;
import dev.handbook.model.ChecklistItem;
import dev.handbook.model.Handbook;
import dev.handbook.model.Link;
import dev.handbook.model.Page;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The handbook a learner works through: every item explained and linked to official documentation,
 * every phase introduced (150-400 words) with a project brief a reviewer can check.
 */
class ContentQualityTest {
    static Handbook handbook;
    static List<String> allowed;

    @BeforeAll
    static void load() throws IOException {
        var loaded = new ContentLoader(Path.of("content"), Path::toString).load();
        assertEquals(List.of(), loaded.diagnostics());
        handbook = loaded.value().orElseThrow();
        try (var in = Objects.requireNonNull(ContentQualityTest.class.getResourceAsStream(
                "/content/official-domains.txt"))) {
            allowed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
        assertTrue(allowed.size() > 20, "the allow-list was not read");
    }

    @Test
    void everyItemHasADetailAndOneToThreeOfficialLinks() {
        List<String> problems = new ArrayList<>();
        handbook.allPages().forEach(page -> page.checklist().items().forEach(item -> {
            if (item.detail().isBlank()) {
                problems.add(item.id() + ": no detail");
            }
            if (item.links().isEmpty() || item.links().size() > 3) {
                problems.add(item.id() + ": " + item.links().size() + " links (want 1-3)");
            }
            for (Link link : item.links()) {
                String why = linkProblem(link.url());
                if (why != null) {
                    problems.add(item.id() + ": " + link.url() + ": " + why);
                }
                if (link.title().isBlank()) {
                    problems.add(item.id() + ": a link without a title");
                }
            }
        }));
        assertEquals(List.of(), problems);
    }

    static String linkProblem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return "not a well-formed URL";
        }
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null || url.contains(" ")) {
            return "not an https URL";
        }
        String hostAndPath = uri.getHost() + (uri.getRawPath() == null ? "" : uri.getRawPath());
        boolean ok = allowed.stream().anyMatch(a -> a.contains("/") ? hostAndPath.startsWith(a)
                : uri.getHost().equals(a));
        return ok ? null : "domain not on the allow-list (src/test/resources/content/official-domains.txt)";
    }

    @Test
    void allowListRejectsWhatItShould() {
        assertEquals(null, linkProblem("https://docs.rs/tokio"));
        assertTrue(linkProblem("http://docs.rs/tokio") != null);
        assertTrue(linkProblem("https://medium.com/some-post") != null);
        assertTrue(linkProblem("https://github.com/someone/blog") != null);
        assertTrue(linkProblem("https://docs.rs.evil.example/") != null);
    }

    @Test
    void everyPhaseHasAnIntroductionOf150To400Words() {
        TreeMap<Integer, Integer> words = new TreeMap<>();
        for (Page phase : handbook.phases()) {
            words.put(phase.phase().number(), wordCount(phase.body().source()));
        }
        words.forEach((phase, count) -> assertTrue(count >= 150 && count <= 400,
                "phase " + phase + " introduction has " + count + " words"));
        System.out.println("Introduction words per phase: " + words);
    }

    @Test
    void everyPhaseHasABriefAReviewerCanCheck() {
        for (Page phase : handbook.phases()) {
            String name = phase.sourceFile();
            assertTrue(phase.phase().masteryCheck().isPresent(), name + ": a mastery check");
            assertTrue(phase.phase().duration().isPresent(), name + ": a duration");
            var check = phase.phase().masteryCheck().get();
            assertTrue(!check.build().isBlank(), name + ": what to build");
            assertTrue(check.acceptance().size() >= 3, name + ": at least three acceptance criteria");
            assertTrue(!check.stretch().isBlank(), name + ": a stretch goal");
            assertTrue(!check.portfolio().isBlank(), name + ": what goes in the portfolio");
            assertTrue(phase.phase().outcomes().size() >= 2, name + ": outcomes");
            assertTrue(!phase.checklist().review().isEmpty(), name + ": self-review items");
        }
    }

    @Test
    void capstoneAndMasteryPagesExplainEveryItem() {
        for (String page : List.of("capstone.md", "mastery.md")) {
            Page p = handbook.pageByContentPath(page).orElseThrow();
            String body = p.body().source();
            for (ChecklistItem item : p.checklist().items()) {
                assertTrue(body.contains("## " + item.text().source()),
                        page + " has no '## " + item.text().source() + "' section");
            }
        }
    }

    /** Words of prose: Markdown syntax, link targets and headings' markers do not count. */
    static int wordCount(String markdown) {
        String text = markdown.replaceAll("\\]\\([^)]*\\)", "]").replaceAll("[#*_`>\\[\\]|-]", " ");
        return (int) Pattern.compile("\\s+").splitAsStream(text.strip()).filter(w -> w.matches(".*\\w.*")).count();
    }
}
