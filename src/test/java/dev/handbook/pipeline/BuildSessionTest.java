package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import dev.handbook.diag.BuildFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repeated session (the dev server's) renders only the pages whose sources changed, and what it writes is
 * exactly what a fresh build writes; problems found in reused pages are still reported. The randomized
 * proof of the same is {@link IncrementalEqualsFreshTest}.
 */
class BuildSessionTest {
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

    /** The dev server's session after its first build of the handbook into "live". */
    private BuildSession servedOnce() {
        TestSupport.write(dir, TestSupport.minimalHandbook());
        TestSupport.write(dir, files);
        BuildSession serve = BuildSession.repeated();
        build(serve, "live");
        return serve;
    }

    private BuildResult build(BuildSession session, String out) {
        return new SiteBuilder("test", dir).build(request(out), session);
    }

    /** A fresh one-off build into {@code out}. */
    private BuildResult fresh(String out) {
        return new SiteBuilder("test", dir).build(request(out));
    }

    private BuildRequest request(String out) {
        return new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES, dir.resolve(out), Optional.empty(),
                true, true);
    }

    @Test
    void onlyChangedPagesAreRenderedAndTheOutputIsAFreshBuilds() throws IOException {
        TestSupport.write(dir, TestSupport.minimalHandbook());
        TestSupport.write(dir, files);
        BuildSession serve = BuildSession.repeated();

        assertEquals(3, build(serve, "live").renderedPages());
        assertEquals(0, build(serve, "live").renderedPages());

        TestSupport.write(dir, Map.of("content/phases/02-second.md", files.get("content/phases/02-second.md")
                .replace("## Details", "## More details")));
        assertEquals(1, build(serve, "live").renderedPages());
        fresh("fresh");
        assertEquals(withoutMarker(tree(dir.resolve("fresh"))), served(serve, "live"));

        // A new title changes every page's navigation: everything is rendered again.
        TestSupport.write(dir, Map.of("content/phases/02-second.md", files.get("content/phases/02-second.md")
                .replace("Second Steps", "Second Stride")));
        assertEquals(3, build(serve, "live").renderedPages());
        fresh("fresh");
        assertEquals(withoutMarker(tree(dir.resolve("fresh"))), served(serve, "live"));

        // A removed page's files go; a build into another folder renders everything there.
        Files.delete(dir.resolve("content/phases/02-second.md"));
        build(serve, "live");
        fresh("fresh");
        assertEquals(withoutMarker(tree(dir.resolve("fresh"))), served(serve, "live"));
        build(serve, "elsewhere");
        assertEquals(served(serve, "live"), served(serve, "elsewhere"));
    }

    @Test
    void theBookletAndSearchIndexAreMadeWhenAskedForAndShowTheLatestSave() throws IOException {
        BuildSession serve = servedOnce();
        String second = files.get("content/phases/02-second.md");
        TestSupport.write(dir, Map.of("content/phases/02-second.md", second.replace("You can do the second thing.",
                "You can do the renamed thing.").replace("## Details", "## Particulars")));
        assertEquals(1, build(serve, "live").renderedPages(), "only the edited phase is rendered");
        Path booklet = dir.resolve("live/worksheets.html");
        assertTrue(Files.readString(booklet).contains("You can do the second thing."), "not made yet: the old one");
        serve.materialize("worksheets.html");
        serve.materialize("search-index.js");
        assertTrue(Files.readString(booklet).contains("You can do the renamed thing."));
        assertTrue(Files.readString(dir.resolve("live/search-index.js")).contains("Particulars"));
        fresh("fresh");
        assertEquals(Files.readString(dir.resolve("fresh/worksheets.html")), Files.readString(booklet));
    }

    @Test
    void theWatchersChangesSpareTheWalkForASaveAndNotForANewOrRemovedFile() throws IOException {
        BuildSession serve = servedOnce();
        Path second = dir.resolve("content/phases/02-second.md");
        Files.writeString(second, files.get("content/phases/02-second.md").replace("## Details", "## Saved"));
        serve.changed(Set.of(second));
        assertEquals(1, build(serve, "live").renderedPages());
        assertTrue(served(serve, "live").get("phases/02-second.html").contains("Saved"));
        // A change the watcher did not report is not looked for (the walk was spared); an unknown set of
        // changes (the watcher overflowed) makes the builder look at every file again.
        Files.writeString(second, files.get("content/phases/02-second.md").replace("## Details", "## Unreported"));
        serve.changed(Set.of(dir.resolve("content/index.md")));
        build(serve, "live");
        assertTrue(served(serve, "live").get("phases/02-second.html").contains("Saved"));
        serve.changed(null);
        build(serve, "live");
        assertTrue(served(serve, "live").get("phases/02-second.html").contains("Unreported"));

        Path added = dir.resolve("content/notes.md");
        Files.writeString(added, "---\ntitle: Notes\n---\nSome notes.\n");
        serve.changed(Set.of(added));
        build(serve, "live");
        assertTrue(Files.exists(dir.resolve("live/notes.html")), "an unknown file makes the builder walk");

        Files.delete(added);
        serve.changed(Set.of(added));
        build(serve, "live");
        assertTrue(!Files.exists(dir.resolve("live/notes.html")), "so does a file that is gone");
        fresh("fresh");
        assertEquals(withoutMarker(tree(dir.resolve("fresh"))), served(serve, "live"));
    }

    @Test
    void aFailedBuildChangesNoFileAndItsPagesAreRenderedAgainLater() throws IOException {
        BuildSession serve = servedOnce();
        Map<String, String> before = served(serve, "live");
        String second = files.get("content/phases/02-second.md");
        // The page itself renders, but its broken anchor fails the build.
        TestSupport.write(dir, Map.of("content/phases/02-second.md", second.replace("## Details", "## Changed")
                .replace("#item-first-item", "#no-such-anchor")));
        assertThrows(BuildFailedException.class, () -> build(serve, "live"));
        assertEquals(before, served(serve, "live"), "a failed build leaves the served folder as it was");
        // Fixing the anchor alone: the page rendered by the failed build was never written, so it renders again.
        TestSupport.write(dir, Map.of("content/phases/02-second.md", second.replace("## Details", "## Changed")));
        build(serve, "live");
        assertTrue(served(serve, "live").get("phases/02-second.html").contains("Changed"));
        fresh("fresh");
        assertEquals(withoutMarker(tree(dir.resolve("fresh"))), served(serve, "live"));
    }

    /** A build's folder carries the marker that lets the next build replace it; the live folder has none. */
    private static Map<String, String> withoutMarker(Map<String, String> tree) {
        tree.remove(dev.handbook.output.OutputTree.MARKER);
        return tree;
    }

    @Test
    void aReusedPageStillReportsItsBrokenAnchor() {
        TestSupport.write(dir, TestSupport.minimalHandbook());
        TestSupport.write(dir, files);
        String first = TestSupport.minimalHandbook().get("content/phases/01-first.md");
        TestSupport.write(dir, Map.of("content/phases/01-first.md", first.replace("Intro text.", "## Getting started\n"),
                "content/phases/02-second.md", files.get("content/phases/02-second.md")
                        .replace("01-first.md#item-first-item", "01-first.md#getting-started")));
        BuildSession serve = BuildSession.repeated();
        build(serve, "live");
        // The first phase loses the heading the second phase links to; the second phase itself is unchanged.
        TestSupport.write(dir, Map.of("content/phases/01-first.md", first.replace("Intro text.", "## Renamed\n")));
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> build(serve, "live"));
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.message().equals(
                "anchor '#getting-started' not found in content/phases/01-first.md")), e.diagnostics().toString());
        // Mended: only the first phase renders again, so the second one above came from the session too.
        TestSupport.write(dir, Map.of("content/phases/01-first.md", first.replace("Intro text.",
                "## Getting started\n\nMended.\n")));
        assertEquals(1, build(serve, "live").renderedPages());
    }

    /** The folder as the dev server serves it: each file made on request (the booklet, the search index) first. */
    private Map<String, String> served(BuildSession serve, String folder) throws IOException {
        Path root = dir.resolve(folder);
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                serve.materialize(root.relativize(p).toString().replace('\\', '/'));
            }
        }
        return tree(root);
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
