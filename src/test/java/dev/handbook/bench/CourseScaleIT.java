package dev.handbook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import dev.handbook.model.Page;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.SiteBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A course at the scale issue 17 names: 310 lessons in 11 parts with some 2,300 checklist items, only
 * titles in their front matter and a fifth of the items with details of several blocks (bench/gen_corpus.py
 * --parts). It builds without a problem, and every page with the CSS and JavaScript it loads stays within
 * the 50 KB budget as transferred: the navigation lists the current part's lessons, not all 310, and the
 * start page one card per part. The plan page is the one page that must list every lesson, each with the
 * ids of its items (to count what is done), so it grows with the course: it has a limit of its own
 * ({@link #PLAN_BUDGET}; 51 KB here since the theme's words travel with every page). Its build time is
 * measured by bench/run.sh, never here.
 */
class CourseScaleIT {
    static final int BUDGET = 50_000;
    static final int PLAN_BUDGET = 60_000;

    @Test
    void threeHundredLessonsInElevenPartsBuildCleanAndEveryPageFitsTheBudget(@TempDir Path tmp) throws Exception {
        Process process = new ProcessBuilder("python3", "bench/gen_corpus.py", "--n", "310", "--parts", "11",
                "--layouts", "handbook", "--out", tmp.resolve("corpus").toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "gen_corpus.py finished");
        assertEquals(0, process.exitValue(), output);
        Path site = tmp.resolve("site");
        BuildResult result = new SiteBuilder("test", tmp).build(new BuildRequest(tmp.resolve("corpus/course/content"),
                TestSupport.TEMPLATES, site, Optional.of("https://example.org/course/"), false, true));
        assertEquals(List.of(), result.warnings());
        assertEquals(11, result.handbook().parts().size());
        assertEquals(310, result.handbook().phases().size());
        long items = result.handbook().phases().stream().mapToLong(p -> p.checklist().size()).sum();
        assertTrue(items > 2000, items + " items");
        long blockDetails = result.handbook().phases().stream().flatMap(p -> p.checklist().items().stream())
                .filter(i -> i.detail().source().contains("\n1. ")).count();
        assertTrue(blockDetails > 200, blockDetails + " details of several blocks");
        assertTrue(result.handbook().phases().stream().map(Page::phase).allMatch(p -> p.duration().isEmpty()
                && p.outcomes().isEmpty() && p.masteryCheck().isEmpty()), "no lesson has the optional fields");

        List<String> over = new ArrayList<>();
        java.util.Map<Path, Long> assets = new java.util.HashMap<>();
        int pages = 0;
        for (Path page : files(site, ".html")) {
            if (page.getFileName().toString().equals("worksheets.html")) {
                continue; // booklets are print documents, not pages to read on screen
            }
            pages++;
            long total = 0;
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            total += gzipped(page);
            for (Element e : doc.select("script[src], link[rel=stylesheet][href]")) {
                String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                // 404.html links by absolute path under the base URL's (/course/), as GitHub Pages needs.
                Path asset = url.startsWith("/course/") ? site.resolve(url.substring("/course/".length()))
                        : page.getParent().resolve(url).normalize();
                total += assets.computeIfAbsent(asset, CourseScaleIT::gzipped);
            }
            if (total > (page.equals(site.resolve("plan.html")) ? PLAN_BUDGET : BUDGET)) {
                over.add(site.relativize(page) + ": " + total + " bytes transferred");
            }
        }
        assertTrue(pages > 600, pages + " pages");
        assertEquals(List.of(), over);

        Document lesson = Jsoup.parse(site.resolve(result.handbook().phases().get(40).output().value()).toFile(), "UTF-8");
        assertEquals(11, lesson.select("nav .nav-part").size());
        assertEquals(1, lesson.select("nav .nav-part[open]").size(), "only the lesson's own part is open");
    }

    private static long gzipped(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.size();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
