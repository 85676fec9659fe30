package dev.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.TestSupport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code handbook check --base REF} on a real temporary git repository: the handbook is committed and
 * tagged "base", then changed the way a pull request would change it.
 */
class CheckBaseTest {
    @TempDir
    Path repo;

    @BeforeEach
    void commitABase() throws Exception {
        TestSupport.write(repo, TestSupport.minimalHandbook());
        TestSupport.write(repo, Map.of(
                "content/phases/01-first.yml", """
                        items:
                          - id: first-item
                            text: Learn the first thing
                          - id: second-item
                            text: Learn the second thing
                        """,
                "content/phases/01-first.quiz.yml", """
                        questions:
                          - id: first-question
                            prompt: Which?
                            options:
                              - text: A
                                correct: true
                                why: Because.
                              - text: B
                                why: Because not.
                        """,
                "README.md", "Not content.\n"));
        git("init", "-q", "-b", "main");
        git("add", ".");
        git("commit", "-q", "-m", "base");
        git("tag", "base");
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=test",
                "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", args) + ": " + out);
    }

    private String check(String... extra) {
        return checkAs("text", extra);
    }

    private String checkAs(String format, String... extra) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("check", "--source", repo.resolve("content").toString(),
                "--templates", TestSupport.TEMPLATES.toString(), "--format", format));
        args.addAll(List.of(extra));
        int code = HandbookCommand.execute(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return (out + err.toString()).replace(repo + "/", "") + "exit " + code + "\n";
    }

    private void checklist(String yaml) {
        TestSupport.write(repo, Map.of("content/phases/01-first.yml", yaml));
    }

    @Test
    void unchangedIdsPass() {
        assertEquals("0 errors, 0 warnings\nexit 0\n", check("--base", "base"));
    }

    @Test
    void aRenamedIdWithoutWasIsAnError() {
        checklist("items:\n  - id: first-item-renamed\n    text: Learn the first thing\n"
                + "  - id: second-item\n    text: Learn the second thing\n");
        assertEquals("""
                content/phases/01-first.yml: error: item 'first-item' is gone since base: learners who ticked \
                first-item lose it
                  hint: add 'was: [first-item]' to the item that replaces it, or 'retired: [first-item]' to the \
                checklist if it is dropped on purpose
                1 error, 0 warnings
                exit 1
                """, check("--base", "base"));
    }

    @Test
    void githubAnnotationForARemovedId() {
        checklist("items:\n  - id: first-item\n    text: Learn the first thing\n");
        assertEquals("""
                ::error file=content/phases/01-first.yml::item 'second-item' is gone since base: learners who \
                ticked second-item lose it (hint: add 'was: [second-item]' to the item that replaces it, or \
                'retired: [second-item]' to the checklist if it is dropped on purpose)
                1 error, 0 warnings
                exit 1
                """, checkAs("github", "--base", "base"));
    }

    /** Issue 20: an item dropped on purpose is retired, not lost; its id can never come back. */
    @Test
    void aRetiredItemMayGoButItsIdNeverComesBack() {
        checklist("items:\n  - id: first-item\n    text: Learn the first thing\nretired: [second-item]\n");
        assertEquals("0 errors, 0 warnings\nexit 0\n", check("--base", "base"));
        checklist("items:\n  - id: first-item\n    text: Learn the first thing\n  - id: newer-item\n"
                + "    was: [second-item]\n    text: Learn it again\nretired: [second-item]\n");
        assertEquals("""
                content/phases/01-first.yml:7:11: error: retired id 'second-item' is in use again (at \
                content/phases/01-first.yml:5) 
                  hint: a retired id is never used again: learners' old ticks would come back; give the item a new id
                1 error, 0 warnings
                exit 1
                """.replace(") \n", ")\n"), check("--base", "base"));
    }

    @Test
    void aRenameListedUnderWasPasses() {
        checklist("items:\n  - id: first-item-renamed\n    was: [first-item]\n    text: Learn the first thing\n"
                + "  - id: second-item\n    text: Learn the second thing\n");
        assertEquals("0 errors, 0 warnings\nexit 0\n", check("--base", "base"));
    }

    @Test
    void anItemMovedToAnotherPageKeepsItsTicks() {
        checklist("items:\n  - id: first-item\n    text: Learn the first thing\n");
        TestSupport.write(repo, Map.of("content/more.md", "---\ntitle: More\n---\nMore.\n",
                "content/more.yml", "items:\n  - id: second-item\n    text: Learn the second thing\n"));
        assertEquals("0 errors, 0 warnings\nexit 0\n", check("--base", "base"));
    }

    @Test
    void aDeletedChecklistFileReportsEachId() throws IOException {
        Files.delete(repo.resolve("content/phases/01-first.yml"));
        assertEquals("""
                content/phases/01-first.yml: error: item 'first-item' is gone since base: learners who ticked \
                first-item lose it
                  hint: add 'was: [first-item]' to the item that replaces it, or 'retired: [first-item]' to the \
                checklist if it is dropped on purpose
                content/phases/01-first.yml: error: item 'second-item' is gone since base: learners who ticked \
                second-item lose it
                  hint: add 'was: [second-item]' to the item that replaces it, or 'retired: [second-item]' to the \
                checklist if it is dropped on purpose
                2 errors, 0 warnings
                exit 1
                """, check("--base", "base"));
    }

    @Test
    void aReplacedQuizQuestionLosesNothing() {
        // A quiz stores one best score per phase, not answers per question (learner.js).
        TestSupport.write(repo, Map.of("content/phases/01-first.quiz.yml", """
                questions:
                  - id: another-question
                    prompt: Which?
                    options:
                      - text: A
                        correct: true
                        why: Because.
                      - text: B
                        why: Because not.
                """));
        assertEquals("0 errors, 0 warnings\nexit 0\n", check("--base", "base"));
    }

    @Test
    void aRenamedPageIsAWarning() throws IOException {
        Path phases = repo.resolve("content/phases");
        for (String ext : List.of(".md", ".yml", ".quiz.yml")) {
            Files.move(phases.resolve("01-first" + ext), phases.resolve("01-first-steps" + ext));
        }
        TestSupport.write(repo, Map.of("content/index.md", "---\ntitle: Welcome\n---\nStart with [phase one]"
                + "(phases/01-first-steps.md).\n"));
        assertEquals("""
                content/phases/01-first.md: warning: page 'phases/01-first' is gone since base: what learners saved \
                under its address (quiz score, phase marks, picks, portfolio entry) is dropped
                  hint: keep a page's file name once it is published
                0 errors, 1 warning
                exit 0
                """, check("--base", "base"));
    }

    @Test
    void aChangedHandbookIdIsAnError() {
        TestSupport.write(repo, Map.of("content/handbook.yml",
                "id: another-book\ntitle: Test Book\ndescription: A handbook for tests.\n"));
        assertEquals("""
                content/handbook.yml: error: the handbook id changed from 'test-book' (in base) to 'another-book': \
                every learner's progress is stored under the old id
                  hint: change it back to 'test-book'
                1 error, 0 warnings
                exit 1
                """, check("--base", "base"));
    }

    @Test
    void aFileThatNoLongerParsesReportsOnlyItsOwnError() {
        checklist("items:\n  - id: first-item\n        text: broken\n");
        assertEquals("""
                content/phases/01-first.yml:3:13: error: invalid YAML: mapping values are not allowed here
                  hint: check indentation and quote text that contains ': ', ' #' or starts with a special \
                character such as ` * & ! [ {
                1 error, 0 warnings
                exit 1
                """, check("--base", "base"));
    }

    @Test
    void committedChangesAreComparedToo() throws Exception {
        checklist("items:\n  - id: first-item\n    text: Learn the first thing\n");
        git("commit", "-q", "-am", "drop the second item");
        assertEquals("0 errors, 0 warnings\nexit 0\n", check("--base", "HEAD"));
        assertEquals(1, check("--base", "HEAD~1").lines().filter(l -> l.contains("'second-item' is gone")).count());
    }

    @Test
    void anUnknownRevisionIsReported() {
        assertEquals("""
                --base: error: 'origin/nope' is not a commit in this repository
                  hint: fetch it first (git fetch origin); in GitHub Actions, check out with fetch-depth: 0
                1 error, 0 warnings
                exit 1
                """, check("--base", "origin/nope"));
        assertEquals("""
                --base: error: '-n' is not a git revision
                  hint: e.g. --base origin/main
                1 error, 0 warnings
                exit 1
                """, check("--base=-n"));
    }

    @Test
    void outsideARepositoryTheComparisonIsImpossible(@TempDir Path elsewhere) {
        TestSupport.write(elsewhere, TestSupport.minimalHandbook());
        StringWriter err = new StringWriter();
        int code = HandbookCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "check",
                "--source", elsewhere.resolve("content").toString(), "--templates", TestSupport.TEMPLATES.toString(),
                "--format", "text", "--base", "main");
        assertEquals(1, code);
        assertEquals("""
                --base: error: the content folder is not in a git repository, so there is no 'main' to compare with
                  hint: run the check in a clone of the handbook's repository
                1 error, 0 warnings
                """, err.toString());
    }
}
