package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.Markdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Markdown as a page publishes it (renderer, URL policy, sanitiser), string in, string out: each
 * golden/NAME.md renders to golden/NAME.html, and its warnings are golden/NAME.warnings.txt (absent when
 * there are none). {@code -Dhandbook.bless=true} rewrites the expected files; review that diff.
 */
class MarkdownGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/markdown/golden");
    private static final boolean BLESS = Boolean.getBoolean("handbook.bless");
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(false);

    /** As handbook render does; the build's ContentLinks also checks the targets (tested with the build). */
    private static final LinkResolver PAGE_LINKS = LinkResolver.PAGES_AS_HTML;

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(GOLDEN)) {
            inputs = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(inputs.size() >= 9, "golden cases in " + GOLDEN + ": " + inputs.size());
        try (Stream<Path> files = Files.list(GOLDEN)) {
            List<String> orphans = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".html") || n.endsWith(".warnings.txt"))
                    .filter(n -> !Files.exists(GOLDEN.resolve(n.replaceFirst("(\\.warnings\\.txt|\\.html)$", ".md"))))
                    .toList();
            assertEquals(List.of(), orphans, "expected files without a .md input");
        }
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> check(input)));
    }

    private static void check(Path input) throws IOException {
        String name = input.getFileName().toString().replaceFirst("\\.md$", "");
        Diagnostics diagnostics = new Diagnostics();
        String markdown = Files.readString(input, StandardCharsets.UTF_8);
        String html = RENDERER.render(new Markdown(markdown, new SourcePosition(name + ".md", 1, 1)), PAGE_LINKS,
                Set.of(), diagnostics).html();
        String warnings = diagnostics.sorted().stream().map(Diagnostic::toString)
                .collect(Collectors.joining("\n", "", "\n"));
        Path expectedHtml = GOLDEN.resolve(name + ".html");
        Path expectedWarnings = GOLDEN.resolve(name + ".warnings.txt");
        if (BLESS) {
            Files.writeString(expectedHtml, html, StandardCharsets.UTF_8);
            if (diagnostics.sorted().isEmpty()) {
                Files.deleteIfExists(expectedWarnings);
            } else {
                Files.writeString(expectedWarnings, warnings, StandardCharsets.UTF_8);
            }
        }
        assertEquals(Files.readString(expectedHtml, StandardCharsets.UTF_8), html, name + ".html");
        String expected = Files.exists(expectedWarnings) ? Files.readString(expectedWarnings) : "\n";
        assertEquals(expected, warnings, name + ".warnings.txt");
    }

    @Test
    void stableAcrossRuns() throws IOException {
        // Output must be byte-identical run to run (reproducible sites): attribute order included.
        String markdown = Files.readString(GOLDEN.resolve("alerts.md"));
        Markdown source = new Markdown(markdown, SourcePosition.of("alerts.md"));
        String first = RENDERER.render(source, PAGE_LINKS, Set.of(), new Diagnostics()).html();
        String second = new MarkdownRenderer(false).render(source, PAGE_LINKS, Set.of(), new Diagnostics()).html();
        assertEquals(first, second);
    }
}
