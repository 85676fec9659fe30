package dev.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import dev.handbook.diag.Diagnostic;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.SiteBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way an editor saves a file reaches the preview (issue 20): written in place, written beside and
 * renamed over the original (vim's default, JetBrains' "safe write", atomic writers), deleted and created
 * again; new folders (a new part) and moves between folders too. Editors' swap and backup files alone never
 * rebuild. Each case waits for the served page to show the saved text.
 */
class SaveStylesTest {
    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    DevServer server;
    final AtomicInteger builds = new AtomicInteger();
    final HttpClient http = HttpClient.newHttpClient();
    Path page;

    @BeforeEach
    void start() throws IOException {
        TestSupport.write(dir, TestSupport.minimalHandbook());
        page = dir.resolve("content/phases/01-first.md");
        server = DevServer.start(new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES, dir.resolve("site"),
                Optional.empty(), false, true), 0, new SiteBuilder("test", dir), new DevServer.Listener() {
                    @Override
                    public void built(BuildResult result, long millis, int reloadedPages) {
                        builds.incrementAndGet();
                    }

                    @Override
                    public void failed(List<Diagnostic> diagnostics, long millis) {
                        builds.incrementAndGet();
                    }

                    @Override
                    public void crashed(RuntimeException e) {
                        throw e;
                    }
                });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String text(String words) throws IOException {
        return Files.readString(page).replaceFirst("Intro text\\.|Saved: [a-z ]+\\.", "Saved: " + words + ".");
    }

    /** Waits until the served {@code path} shows {@code expected}. */
    private void served(String path, String expected) throws Exception {
        long end = System.nanoTime() + WAIT.toNanos();
        String body = "";
        while (System.nanoTime() < end) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            body = response.body();
            if (response.statusCode() == 200 && body.contains(expected)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(path + " never showed '" + expected + "'; last:\n" + body);
    }

    @Test
    void writtenInPlace() throws Exception {
        Files.writeString(page, text("in place"));
        served("phases/01-first.html", "Saved: in place.");
    }

    @Test
    void vimsDefaultBackupByRename() throws Exception {
        // vim probes the folder with a file called 4913, renames the original to a backup, writes anew.
        String saved = text("like vim");
        Files.writeString(page.resolveSibling("4913"), "");
        Files.delete(page.resolveSibling("4913"));
        Files.move(page, page.resolveSibling("01-first.md~"));
        Files.writeString(page, saved);
        Files.delete(page.resolveSibling("01-first.md~"));
        served("phases/01-first.html", "Saved: like vim.");
    }

    @Test
    void jetBrainsSafeWrite() throws Exception {
        String saved = text("like intellij");
        Path temp = page.resolveSibling("01-first.md___jb_tmp___");
        Path old = page.resolveSibling("01-first.md___jb_old___");
        Files.writeString(temp, saved);
        Files.move(page, old);
        Files.move(temp, page);
        Files.delete(old);
        served("phases/01-first.html", "Saved: like intellij.");
    }

    @Test
    void writtenBesideAndRenamedOver() throws Exception {
        for (String temp : List.of(".01-first.md.swp", "01-first.md.tmp", ".#01-first.md", "01-first.md.4f2a")) {
            String words = "renamed from " + temp.replaceAll("[^a-z]+", " ").strip();
            Path beside = page.resolveSibling(temp);
            Files.writeString(beside, text(words));
            Files.move(beside, page, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            served("phases/01-first.html", "Saved: " + words + ".");
        }
    }

    /**
     * A save that keeps the file's size and modification time (two saves within the file system's clock tick,
     * or a tool that preserves times, like cp -p) is still seen: what the watcher reports is read again.
     */
    @Test
    void aSaveThatKeepsSizeAndTime() throws Exception {
        Files.writeString(page, text("first take"));
        served("phases/01-first.html", "Saved: first take.");
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(page);
        Files.writeString(page, text("other take"));
        Files.setLastModifiedTime(page, time);
        served("phases/01-first.html", "Saved: other take.");
    }

    @Test
    void deletedAndCreatedAgain() throws Exception {
        String saved = text("created again");
        Files.delete(page);
        Thread.sleep(300); // the deletion is a build of its own: the page is gone
        Files.writeString(page, saved);
        served("phases/01-first.html", "Saved: created again.");
    }

    @Test
    void aNewFolderAndAMoveBetweenFolders() throws Exception {
        TestSupport.write(dir, Map.of("content/guides/setup.md", "---\ntitle: Setup guide\n---\nIn a new folder.\n"));
        served("guides/setup.html", "In a new folder.");
        Files.createDirectories(dir.resolve("content/more"));
        Files.move(dir.resolve("content/guides/setup.md"), dir.resolve("content/more/setup.md"));
        served("more/setup.html", "In a new folder.");
    }

    @Test
    void swapAndBackupFilesAloneDoNotRebuild() throws Exception {
        served("phases/01-first.html", "Intro text.");
        Thread.sleep(200);
        int before = builds.get();
        for (String scratch : List.of(".01-first.md.swp", "01-first.md~", ".#01-first.md", "4913", "notes.tmp",
                "#01-first.md#", "01-first.md.swx")) {
            Files.writeString(page.resolveSibling(scratch), "scratch");
        }
        Thread.sleep(600);
        assertEquals(before, builds.get(), "an editor's scratch files rebuilt the handbook");
        Files.writeString(page, text("after scratch"));
        served("phases/01-first.html", "Saved: after scratch.");
        assertTrue(builds.get() > before);
    }
}
