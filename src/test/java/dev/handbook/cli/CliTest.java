package dev.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: exit codes, what is printed, and what is (not) written. */
class CliTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void handbook() {
        TestSupport.write(dir, TestSupport.minimalHandbook());
    }

    private int run(String... args) {
        return HandbookCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private String[] site(String command, String... more) {
        return Stream.concat(Stream.of(command, "--source", dir.resolve("content").toString(), "--templates",
                TestSupport.TEMPLATES.toString(), "--out", dir.resolve("site").toString()), Stream.of(more))
                .toArray(String[]::new);
    }

    @Test
    void buildSucceeds() {
        assertEquals(0, run(site("build")), err.toString());
        // index, the phase, its worksheet, the worksheet booklet, the portfolio, the plan and 404
        assertTrue(out.toString().matches("(?s)Built 7 pages into .*site in \\d+ ms\\s*"), out.toString());
        assertTrue(Files.exists(dir.resolve("site/index.html")));
    }

    @Test
    void contentErrorExitsOneWithoutStackTraceAndLeavesTheOldSite() throws IOException {
        assertEquals(0, run(site("build")));
        String before = Files.readString(dir.resolve("site/phases/01-first.html"));
        TestSupport.write(dir, Map.of("content/phases/01-first.yml", "items:\n  - id: first-item\n    text: [\n"));
        assertEquals(1, run(site("build")));
        String errors = err.toString();
        assertTrue(errors.contains("01-first.yml:3:11: error: invalid YAML: the '[' opened here is never closed"),
                errors);
        assertTrue(errors.contains("error: invalid YAML"), errors);
        assertTrue(errors.contains("1 error, 0 warnings"), errors);
        assertFalse(errors.contains("Exception"), errors);
        assertFalse(errors.contains("\tat "), errors);
        assertEquals(before, Files.readString(dir.resolve("site/phases/01-first.html")));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(0, siblings.filter(p -> p.getFileName().toString().startsWith(".site.")).count(),
                    "no temporary folder may be left behind");
        }
    }

    @Test
    void deletedPagesDoNotSurviveARebuild() throws IOException {
        TestSupport.write(dir, Map.of("content/extra.md", "---\ntitle: Extra\n---\nHi\n"));
        assertEquals(0, run(site("build")));
        assertTrue(Files.exists(dir.resolve("site/extra.html")));
        Files.delete(dir.resolve("content/extra.md"));
        assertEquals(0, run(site("build")));
        assertFalse(Files.exists(dir.resolve("site/extra.html")));
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws IOException {
        assertEquals(0, run(site("build")));
        String first = Files.readString(dir.resolve("site/phases/01-first.html"))
                + Files.readString(dir.resolve("site/index.html"));
        assertEquals(0, run(site("build")));
        String second = Files.readString(dir.resolve("site/phases/01-first.html"))
                + Files.readString(dir.resolve("site/index.html"));
        assertEquals(first, second);
    }

    @Test
    void baseUrlGivesSitemapAndCanonicalLinks() throws IOException {
        assertEquals(0, run(site("build", "--base-url", "https://example.github.io/handbook")));
        String sitemap = Files.readString(dir.resolve("site/sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://example.github.io/handbook/phases/01-first.html</loc>"), sitemap);
        assertTrue(Files.readString(dir.resolve("site/index.html"))
                .contains("<link rel=\"canonical\" href=\"https://example.github.io/handbook/\">"));
        // 404.html is served at any depth, so its links are absolute paths under the base URL.
        assertTrue(Files.readString(dir.resolve("site/404.html")).contains("href=\"/handbook/assets/style.css\""));
    }

    @Test
    void noSitemapWithoutBaseUrl() {
        assertEquals(0, run(site("build")));
        assertFalse(Files.exists(dir.resolve("site/sitemap.xml")));
    }

    @Test
    void badBaseUrlIsAContentError() {
        assertEquals(1, run(site("build", "--base-url", "ftp://x")));
        assertTrue(err.toString().contains("--base-url: error: base URL 'ftp://x' is not an absolute http(s) URL"),
                err.toString());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("build", "--no-such-option"));
        assertEquals("handbook: unknown option '--no-such-option'\nrun 'handbook build --help' for the options\n",
                err.toString());
        assertEquals(2, run("frobnicate"));
        assertFalse(err.toString().contains("\tat "), "a usage error prints no stack trace");
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("build"), out.toString());
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains("handbook "), out.toString());
    }

    @Test
    void checkWritesNothingAndReportsInGithubFormat() {
        TestSupport.write(dir, Map.of("content/index.md", "---\ntitle: Welcome\n---\n[x](nope.md)\n"));
        assertEquals(1, run(site("check", "--format", "github")));
        assertEquals("::error file=content/index.md,line=4,col=1::link target 'nope.md' not found (no page "
                + "content/nope.md) (hint: check the file name; links between pages are relative paths to their .md "
                + "files)\n1 error, 0 warnings\n", out.toString().replace(dir.toString() + "/", ""));
        assertEquals("", err.toString(), "GitHub reads annotations from standard output");
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void outputOverlappingTheSourcesIsRefused() {
        assertEquals(1, run("build", "--source", dir.resolve("content").toString(), "--templates",
                TestSupport.TEMPLATES.toString(), "--out", dir.resolve("content/site").toString()));
        assertTrue(err.toString().contains("output folder overlaps the sources"), err.toString());
    }

    @Test
    void aFolderNotWrittenByHandbookIsNeverReplaced() throws IOException {
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("site/precious.txt"), "keep me");
        assertEquals(1, run(site("build")));
        assertTrue(err.toString().contains("output folder exists and was not written by handbook"), err.toString());
        assertEquals("keep me", Files.readString(dir.resolve("site/precious.txt")));
    }
}
