package dev.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the real handbook has a title, a description and a favicon; with a base URL also a
 * canonical URL and Open Graph tags, and without one neither (issue 9, metadata).
 */
class MetadataTest {
    static final String BASE = "https://example.github.io/handbook/";

    static Path build(Path dir, Optional<String> baseUrl) {
        Path site = dir.resolve("site");
        new SiteBuilder("test", Path.of("")).build(new BuildRequest(Path.of("content"), Path.of("templates"), site,
                baseUrl, false, true));
        return site;
    }

    static List<Path> contentPages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html") && !p.endsWith("404.html")).sorted().toList();
        }
    }

    @Test
    void withABaseUrlEveryPageIsCanonicalAndSharable(@TempDir Path dir) throws IOException {
        Path site = build(dir, Optional.of(BASE));
        List<Path> pages = contentPages(site);
        assertTrue(pages.size() >= 14);
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            String path = site.relativize(page).toString().replace('\\', '/');
            String url = BASE + (path.equals("index.html") ? "" : path);
            String title = doc.title();
            assertTrue(title.contains("Rust Product Engineering Roadmap"), path + ": " + title);
            String description = doc.select("meta[name=description]").attr("content");
            assertTrue(description.length() > 20, path + ": description " + description);
            assertEquals(1, doc.select("link[rel=canonical]").size(), path);
            assertEquals(url, doc.select("link[rel=canonical]").attr("href"), path);
            assertEquals(url, meta(doc, "og:url"), path);
            assertEquals(description, meta(doc, "og:description"), path);
            assertEquals("website", meta(doc, "og:type"), path);
            assertEquals("Rust Product Engineering Roadmap", meta(doc, "og:site_name"), path);
            assertFalse(meta(doc, "og:title").isBlank(), path);
            assertTrue(title.startsWith(meta(doc, "og:title")), path + ": og:title is the page's own title");
            String icon = doc.select("link[rel=icon]").attr("href");
            assertTrue(Files.isRegularFile(page.getParent().resolve(icon)), path + ": favicon " + icon);
            assertEquals("width=device-width, initial-scale=1", doc.select("meta[name=viewport]").attr("content"));
            assertEquals("en", doc.select("html").attr("lang"));
        }
        Document notFound = Jsoup.parse(site.resolve("404.html").toFile(), "UTF-8");
        assertTrue(notFound.select("link[rel=canonical]").isEmpty(), "a 404 page is not canonical for anything");
        assertEquals("/handbook/assets/favicon.svg", notFound.select("link[rel=icon]").attr("href"));
    }

    @Test
    void withoutABaseUrlThereIsNoCanonicalNorOpenGraph(@TempDir Path dir) throws IOException {
        Path site = build(dir, Optional.empty());
        for (Path page : contentPages(site)) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            assertTrue(doc.select("link[rel=canonical], meta[property^=og:]").isEmpty(), page.toString());
            assertFalse(doc.title().isBlank());
            assertFalse(doc.select("meta[name=description]").attr("content").isBlank());
            assertFalse(doc.select("link[rel=icon]").isEmpty());
        }
    }

    private static String meta(Document doc, String property) {
        return doc.select("meta[property=" + property + "]").attr("content");
    }
}
