package dev.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handbook render} in-process: standard input and output, --out with several files, --unsafe. */
class RenderCommandTest {
    private static final String SCRIPT_PAGE = """
            # Title

            <script>alert(1)</script>

            <p onclick="x()">Hi [page](other.md)</p>

            [a link](javascript:alert(1)) and [a page](other.md#part)
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        return HandbookCommand.execute(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void standardInputToStandardOutput() {
        assertEquals(0, run("# Hello\n\n- [x] done\n\n> [!TIP]\n> Try it.\n", "render"), err.toString());
        String html = out.toString();
        assertTrue(html.startsWith("<h1 id=\"hello\">Hello</h1>\n<ul>\n<li><input type=\"checkbox\" disabled=\"\" "
                + "checked=\"\"> done</li>\n</ul>\n<div class=\"markdown-alert markdown-alert-tip\">"), html);
        assertTrue(html.endsWith("Tip</p>\n<p>Try it.</p>\n</div>\n"), html);
        assertEquals("", err.toString());
    }

    @Test
    void crlfAndByteOrderMarkReadAsTheBuildReadsThem() {
        assertEquals(0, run("\uFEFF# A\r\n\r\ntext\r\n", "render"));
        assertEquals("<h1 id=\"a\">A</h1>\n<p>text</p>\n", out.toString());
    }

    @Test
    void defaultIsWhatTheBuildPublishes() {
        assertEquals(0, run(SCRIPT_PAGE, "render"));
        assertEquals("""
                <h1 id="title">Title</h1>
                &lt;script&gt;alert(1)&lt;/script&gt;
                <p>Hi [page](other.md)</p>
                <p>a link and <a href="other.html#part">a page</a></p>
                """, out.toString());
        String warnings = err.toString();
        assertTrue(warnings.contains("-:3:1: warning: removed <script> from raw HTML"), warnings);
        assertTrue(warnings.contains("-:5:1: warning: removed attribute 'onclick' on <p> from raw HTML"), warnings);
        assertTrue(warnings.contains("-:7:1: warning: removed a javascript: URL from a link"), warnings);
    }

    @Test
    void unsafeIsTheRendererAloneLikeCmarkGfmUnsafe() {
        assertEquals(0, run(SCRIPT_PAGE, "render", "--unsafe"));
        // GitHub's tag filter still neutralises <script>, as cmark-gfm's tagfilter extension does; the rest is
        // as written: the onclick attribute, the javascript: link and the .md link.
        assertEquals("""
                <h1 id="title">Title</h1>
                &lt;script>alert(1)&lt;/script>
                <p onclick="x()">Hi [page](other.md)</p>
                <p><a href="javascript:alert(1)">a link</a> and <a href="other.md#part">a page</a></p>
                """, out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void severalFilesIntoAFolderInOneRun() throws IOException {
        Path a = Files.writeString(dir.resolve("intro.md"), "# Intro\n\nSee [setup](phases/00-setup.md).\n");
        Path b = Files.writeString(dir.resolve("notes.markdown"), "Some ~~old~~ *notes*.\n");
        Files.createDirectories(dir.resolve("phases"));
        Path c = Files.writeString(dir.resolve("phases/00-setup.md"), "| a |\n|---|\n| 1 |\n");
        Path outDir = dir.resolve("out/html");
        assertEquals(0, run("", "render", "--out", outDir.toString(), a.toString(), b.toString(), c.toString()),
                err.toString());
        assertEquals("", out.toString(), "with --out nothing goes to standard output");
        try (Stream<Path> written = Files.list(outDir)) {
            assertEquals(List.of("00-setup.html", "intro.html", "notes.markdown.html"),
                    written.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals("<h1 id=\"intro\">Intro</h1>\n<p>See <a href=\"phases/00-setup.html\">setup</a>.</p>\n",
                Files.readString(outDir.resolve("intro.html")));
        assertEquals("<p>Some <del>old</del> <em>notes</em>.</p>\n", Files.readString(outDir.resolve("notes.markdown.html")));
        assertTrue(Files.readString(outDir.resolve("00-setup.html")).startsWith("<table>\n<thead>"));
    }

    @Test
    void oneFileWithoutOutGoesToStandardOutput() throws IOException {
        Path a = Files.writeString(dir.resolve("a.md"), "*hi*\n");
        assertEquals(0, run("", "render", a.toString()));
        assertEquals("<p><em>hi</em></p>\n", out.toString());
    }

    @Test
    void aMissingFileIsAContentErrorAndTheOthersAreStillWritten() throws IOException {
        Path a = Files.writeString(dir.resolve("a.md"), "A\n");
        Path outDir = dir.resolve("out");
        assertEquals(1, run("", "render", "--out", outDir.toString(), dir.resolve("missing.md").toString(),
                a.toString()));
        assertTrue(err.toString().contains("missing.md: error: file not found"), err.toString());
        assertEquals("<p>A</p>\n", Files.readString(outDir.resolve("a.html")));
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void usageErrors() throws IOException {
        Path a = Files.writeString(dir.resolve("a.md"), "A\n");
        Path b = Files.writeString(dir.resolve("b.md"), "B\n");
        assertEquals(2, run("", "render", a.toString(), b.toString()));
        assertTrue(err.toString().contains("several files need --out DIR"), err.toString());

        assertEquals(2, run("", "render", "--out", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("--out DIR needs FILE arguments"), err.toString());

        Files.createDirectories(dir.resolve("sub"));
        Path a2 = Files.writeString(dir.resolve("sub/a.md"), "A2\n");
        assertEquals(2, run("", "render", "--out", dir.resolve("out").toString(), a.toString(), a2.toString()));
        assertTrue(err.toString().contains("two files would both be written to"), err.toString());
        assertFalse(Files.exists(dir.resolve("out")), "a usage error writes nothing");
    }
}
