package dev.handbook.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diag.Diagnostics;
import dev.handbook.model.SitePath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site is swapped in whole, or not at all; leftovers of killed builds are swept. */
class OutputTreeTest {
    @TempDir
    Path dir;

    private OutputTree open() {
        return OutputTree.open(dir.resolve("site"), List.of(dir.resolve("content")), "site", new Diagnostics())
                .orElseThrow();
    }

    @Test
    void commitReplacesTheWholeFolder() throws Exception {
        try (OutputTree tree = open()) {
            tree.write(new SitePath("old.html"), "old");
            tree.commit();
        }
        try (OutputTree tree = open()) {
            tree.write(new SitePath("new.html"), "new");
            tree.commit();
        }
        assertTrue(Files.exists(dir.resolve("site/new.html")));
        assertFalse(Files.exists(dir.resolve("site/old.html")));
        assertTrue(Files.exists(dir.resolve("site/" + OutputTree.MARKER)));
    }

    @Test
    void closingWithoutCommitLeavesThePreviousSiteAndNoTemporaryFolder() throws Exception {
        try (OutputTree tree = open()) {
            tree.write(new SitePath("index.html"), "v1");
            tree.commit();
        }
        Path temp;
        try (OutputTree tree = open()) {
            temp = tree.temporaryFolder();
            tree.write(new SitePath("index.html"), "v2, half written");
        }
        assertEquals("v1", Files.readString(dir.resolve("site/index.html")));
        assertFalse(Files.exists(temp));
    }

    @Test
    void aStreamedFileIsWrittenAsItIsMadeAndAFailedOneLeavesThePreviousSite() throws Exception {
        try (OutputTree tree = open()) {
            tree.write(new SitePath("worksheets.html"), out -> {
                for (int i = 0; i < 3; i++) {
                    out.write("sheet " + i + " · ");
                }
            });
            tree.commit();
        }
        assertEquals("sheet 0 · sheet 1 · sheet 2 · ", Files.readString(dir.resolve("site/worksheets.html")));
        Path temp;
        try (OutputTree tree = open()) {
            temp = tree.temporaryFolder();
            java.io.UncheckedIOException failed = assertThrows(java.io.UncheckedIOException.class, () ->
                    tree.write(new SitePath("worksheets.html"), out -> {
                        out.write("half a booklet");
                        throw new java.io.IOException("No space left on device");
                    }));
            assertEquals("cannot write worksheets.html", failed.getMessage());
        }
        assertEquals("sheet 0 · sheet 1 · sheet 2 · ", Files.readString(dir.resolve("site/worksheets.html")));
        assertFalse(Files.exists(temp));
    }

    @Test
    void staleTemporaryFoldersOfKilledBuildsAreRemoved() throws Exception {
        // A pid that cannot be alive: what a build killed with SIGKILL leaves behind.
        Path stale = Files.createDirectories(dir.resolve(".site.tmp-999999999-123"));
        Files.writeString(stale.resolve("index.html"), "partial");
        Path staleOld = Files.createDirectories(dir.resolve(".site.old-999999999-5"));
        try (OutputTree tree = open()) {
            tree.write(new SitePath("index.html"), "fresh");
            tree.commit();
        }
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(staleOld));
    }

    @Test
    void pathsCannotEscapeAndCannotBeWrittenTwice() {
        try (OutputTree tree = open()) {
            assertThrows(IllegalArgumentException.class, () -> new SitePath("../evil.html"));
            tree.write(new SitePath("a/B.html"), "x");
            assertThrows(IllegalStateException.class, () -> tree.write(new SitePath("a/b.html"), "y"));
        }
    }
}
