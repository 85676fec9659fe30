package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every content page links to its source on GitHub and shows when it last changed in git (issue 6). */
class EditLinksAndDatesTest {
    @TempDir
    Path repo;

    private void writeHandbook() {
        Map<String, String> files = new HashMap<>(TestSupport.minimalHandbook());
        files.put("content/handbook.yml", """
                id: test-book
                title: Test Book
                description: A handbook for tests.
                repository:
                  url: https://github.com/example/book
                  branch: trunk
                """);
        TestSupport.write(repo, files);
    }

    private void git(String date, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=test",
                "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("GIT_AUTHOR_DATE", date + "T12:00:00+00:00");
        builder.environment().put("GIT_COMMITTER_DATE", date + "T12:00:00+00:00");
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
    }

    private BuildResult build() {
        return new SiteBuilder("test", repo).build(new BuildRequest(repo.resolve("content"), TestSupport.TEMPLATES,
                repo.resolve("site"), Optional.empty(), false, true));
    }

    private String page(String path) throws IOException {
        return Files.readString(repo.resolve("site").resolve(path));
    }

    @Test
    void pagesShowTheirLastCommitDateAndAnEditLink() throws Exception {
        writeHandbook();
        git("2024-01-02", "init", "-q");
        git("2024-01-02", "add", ".");
        git("2024-01-02", "commit", "-q", "-m", "first");
        // Only the phase's checklist changes: the phase page is as new as the newest of its files.
        TestSupport.write(repo, Map.of("content/phases/01-first.yml",
                "items:\n  - id: first-item\n    text: Learn the first thing, reworded\n"));
        git("2024-03-04", "commit", "-q", "-am", "reword");
        TestSupport.write(repo, Map.of("content/extra.md", "---\ntitle: Extra\n---\nNot committed yet.\n"));

        assertEquals(List.of(), build().warnings());
        assertTrue(page("index.html").contains("Last updated <time datetime=\"2024-01-02\">2024-01-02</time>"),
                page("index.html"));
        assertTrue(page("phases/01-first.html").contains("<time datetime=\"2024-03-04\">"));
        assertFalse(page("extra.html").contains("Last updated"), "an untracked page has no date");

        assertTrue(page("phases/01-first.html").contains(
                "<a href=\"https://github.com/example/book/edit/trunk/content/phases/01-first.md\">Edit this page</a>"));
        assertTrue(page("extra.html").contains(
                "<a href=\"https://github.com/example/book/edit/trunk/content/extra.md\">Edit this page</a>"));
        assertFalse(page("404.html").contains("Edit this page"), "the 404 page has no source");

        String before = page("phases/01-first.html");
        build();
        assertEquals(before, page("phases/01-first.html"), "the same checkout builds the same page");
    }

    @Test
    void withoutGitThereIsNoDateAndNoError() throws IOException {
        writeHandbook();
        assertEquals(List.of(), build().warnings());
        assertFalse(page("phases/01-first.html").contains("Last updated"));
        assertTrue(page("phases/01-first.html").contains("Edit this page"));
    }
}
