package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import dev.handbook.diag.BuildFailedException;
import dev.handbook.render.RenderCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev server's builder renders only the pages whose sources changed, and what it writes is exactly
 * what a fresh build writes; problems found in reused pages are still reported.
 */
class RenderCacheTest {
    @TempDir
    Path dir;

    private final Map<String, String> files = new java.util.HashMap<>(Map.of(
            "content/phases/02-second.md", """
                    ---
                    title: Second Steps
                    phase: 2
                    duration: 2-3 weeks
                    outcomes:
                      - You can do the second thing.
                    mastery_check:
                      title: Build another thing
                    ---
                    ## Details

                    Back to [the first item](01-first.md#item-first-item).
                    """));

    private BuildResult build(SiteBuilder builder, String out) {
        return builder.build(new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES, dir.resolve(out),
                Optional.empty(), true, true));
    }

    @Test
    void onlyChangedPagesAreRenderedAndTheOutputIsAFreshBuilds() throws IOException {
        TestSupport.write(dir, TestSupport.minimalHandbook());
        TestSupport.write(dir, files);
        SiteBuilder serve = new SiteBuilder("test", dir).reusingPages();
        RenderCache cache = serve.renderCache().orElseThrow();

        build(serve, "a");
        assertEquals(3, cache.rendered());
        build(serve, "b");
        assertEquals(0, cache.rendered());
        assertEquals(3, cache.reused());

        TestSupport.write(dir, Map.of("content/phases/02-second.md", files.get("content/phases/02-second.md")
                .replace("## Details", "## More details")));
        build(serve, "c");
        assertEquals(1, cache.rendered());
        assertEquals(2, cache.reused());
        build(new SiteBuilder("test", dir), "fresh");
        assertEquals(tree(dir.resolve("fresh")), tree(dir.resolve("c")));

        // A new title changes every page's navigation: everything is rendered again.
        TestSupport.write(dir, Map.of("content/phases/02-second.md", files.get("content/phases/02-second.md")
                .replace("Second Steps", "Second Stride")));
        build(serve, "d");
        assertEquals(3, cache.rendered());
    }

    @Test
    void aReusedPageStillReportsItsBrokenAnchor() {
        TestSupport.write(dir, TestSupport.minimalHandbook());
        TestSupport.write(dir, files);
        String first = TestSupport.minimalHandbook().get("content/phases/01-first.md");
        TestSupport.write(dir, Map.of("content/phases/01-first.md", first.replace("Intro text.", "## Getting started\n"),
                "content/phases/02-second.md", files.get("content/phases/02-second.md")
                        .replace("01-first.md#item-first-item", "01-first.md#getting-started")));
        SiteBuilder serve = new SiteBuilder("test", dir).reusingPages();
        build(serve, "a");
        // The first phase loses the heading the second phase links to; the second phase itself is unchanged.
        TestSupport.write(dir, Map.of("content/phases/01-first.md", first.replace("Intro text.", "## Renamed\n")));
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> build(serve, "b"));
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.message().equals(
                "anchor '#getting-started' not found in content/phases/01-first.md")), e.diagnostics().toString());
        assertEquals(2, serve.renderCache().orElseThrow().reused(), "the landing page and the second phase were reused");
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }
}
