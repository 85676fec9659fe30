package dev.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code handbook init}, {@code new phase} and {@code theme export} (issue 18): what they write builds and
 * checks clean, they never replace a file, and a refusal is one located message with nothing written. Paths
 * in the output are shown with the temporary folder as [ROOT].
 */
class ScaffoldTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HandbookCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        String root = dir.toString();
        return new Run(code, out.toString().replace(root, "[ROOT]"), err.toString().replace(root, "[ROOT]"));
    }

    private Run check(Path course) {
        return run("check", "--source", course.resolve("content").toString(), "--templates",
                course.resolve("templates").toString());
    }

    private Set<String> files(Path root) throws IOException {
        Set<String> files = new TreeSet<>();
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> !p.equals(root)).forEach(p -> files.add(root.relativize(p).toString()));
            }
        }
        return files;
    }

    @Test
    void initWritesAHandbookThatChecksCleanAndSaysWhatItWrote() throws IOException {
        Path course = dir.resolve("course");
        Run init = run("init", course.toString());
        assertEquals(0, init.code, init.err);
        assertEquals("""
                wrote [ROOT]/course/content/handbook.yml
                wrote [ROOT]/course/content/index.md
                wrote [ROOT]/course/content/phases/01-getting-started/index.md
                wrote [ROOT]/course/content/phases/01-getting-started/01-first-steps.md
                wrote [ROOT]/course/content/phases/01-getting-started/01-first-steps.yml
                wrote [ROOT]/course/content/phases/01-getting-started/01-first-steps.quiz.yml
                wrote [ROOT]/course/README.md
                wrote [ROOT]/course/.gitignore
                wrote [ROOT]/course/.github/handbook.sh
                wrote [ROOT]/course/.github/workflows/check.yml
                wrote [ROOT]/course/.github/workflows/pages.yml
                Next: cd [ROOT]/course && java -jar handbook.jar serve   (or build, check)
                """, init.out);
        // Tests run from target/classes, which is no release jar: the checksum is left for the author to pin.
        assertEquals("""
                [ROOT]/course/.github/handbook.sh: warning: this handbook.jar (%s) is not a release, so the \
                workflows' checksum is not pinned yet
                  hint: set HANDBOOK_VERSION and HANDBOOK_SHA256 there to a release's (its .jar.sha256 file), or \
                run init with a release jar
                """.formatted(Version.get()), init.err);
        Run check = check(course);
        assertEquals("0 errors, 0 warnings\n", check.out + check.err);
        String yml = Files.readString(course.resolve("content/handbook.yml"));
        assertTrue(yml.matches("(?s).*\nid: course-[0-9a-f]{8}\ntitle: Course\n.*"), yml);
        String script = Files.readString(course.resolve(".github/handbook.sh"));
        assertTrue(script.contains("HANDBOOK_VERSION=" + Version.get() + "\n"), script);
        assertFalse(script.contains("@"), "every placeholder is filled in: " + script);
        for (String workflow : List.of("check.yml", "pages.yml")) {
            String text = Files.readString(course.resolve(".github/workflows/" + workflow));
            assertTrue(text.contains("run: sh .github/handbook.sh") && !text.contains("mvn"), workflow);
        }
    }

    @Test
    void twoHandbooksNeverShareAnId() throws IOException {
        assertEquals(0, run("init", dir.resolve("a/course").toString()).code);
        assertEquals(0, run("init", dir.resolve("b/course").toString()).code);
        assertFalse(Files.readString(dir.resolve("a/course/content/handbook.yml"))
                .equals(Files.readString(dir.resolve("b/course/content/handbook.yml"))));
    }

    @Test
    void theUnpinnedDownloadScriptRefusesToRun() throws Exception {
        assertEquals(0, run("init", dir.resolve("course").toString()).code);
        Process sh = new ProcessBuilder("sh", ".github/handbook.sh").directory(dir.resolve("course").toFile())
                .redirectErrorStream(true).start();
        String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, sh.waitFor());
        assertEquals("handbook.sh: HANDBOOK_SHA256 is not pinned yet: set it to the SHA-256 on the release page of v"
                + Version.get() + "\n", out);
        assertFalse(Files.exists(dir.resolve("course/handbook.jar")), "nothing downloaded");
    }

    @Test
    void initRefusesAFolderWithContentEvenWhenForced() throws IOException {
        Path course = dir.resolve("course");
        Files.createDirectories(course.resolve("content"));
        for (String[] args : List.of(new String[] {"init", course.toString()},
                new String[] {"init", "--force", course.toString()})) {
            Run init = run(args);
            assertEquals(1, init.code);
            assertEquals("", init.out);
            assertEquals("""
                    [ROOT]/course/content: error: this folder has a handbook's content/ already
                      hint: nothing was written; add a phase with 'handbook new phase "Title"', or init another folder
                    """, init.err);
        }
        assertEquals(Set.of("content"), files(course));
    }

    @Test
    void initRefusesAFolderThatIsNotEmptyUnlessForcedAndThenKeepsEveryFile() throws IOException {
        Path course = dir.resolve("course");
        Files.createDirectories(course);
        Files.writeString(course.resolve("README.md"), "mine\n");
        Run init = run("init", course.toString());
        assertEquals(1, init.code);
        assertEquals("""
                [ROOT]/course: error: this folder is not empty
                  hint: init a new or empty folder, or pass --force to add the handbook beside what is there (no \
                existing file is replaced)
                """, init.err);
        assertEquals(Set.of("README.md"), files(course));

        Run forced = run("init", "--force", course.toString());
        assertEquals(0, forced.code, forced.err);
        assertTrue(forced.out.contains("kept [ROOT]/course/README.md (there already)\n"), forced.out);
        assertFalse(forced.out.contains("wrote [ROOT]/course/README.md"), forced.out);
        assertEquals("mine\n", Files.readString(course.resolve("README.md")));
        assertEquals("0 errors, 0 warnings\n", check(course).out);
    }

    @Test
    void initIntoAFileOrBelowOneWritesNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        Run init = run("init", file.toString());
        assertEquals(1, init.code);
        assertEquals("""
                [ROOT]/notes.txt: error: this is a file, not a folder
                  hint: give the name of a new folder, e.g. 'handbook init my-course'
                """, init.err);
        Run below = run("init", file.resolve("course").toString());
        assertEquals(1, below.code);
        assertEquals("""
                [ROOT]/notes.txt: error: cannot write here (a file is where a folder must go)
                  hint: nothing was written; choose a folder you can write to
                """, below.err);
        assertEquals(Set.of("notes.txt"), files(dir));
    }

    /**
     * A folder without write permission; as root (CI), which may write anywhere, /sys instead, which refuses
     * new folders even to root. Either way the test runs.
     */
    @Test
    void initIntoAFolderItCannotWriteLeavesNothingBehind() throws IOException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path locked = Files.createDirectories(dir.resolve("locked"));
        assertTrue(locked.toFile().setWritable(false));
        String target = root ? "/sys/kernel/handbook-course" : locked.resolve("course").toString();
        try {
            Run init = run("init", target);
            assertEquals(1, init.code);
            String shown = root ? target : "[ROOT]/locked/course";
            assertTrue(init.err.startsWith(shown + ": error: cannot write here ("), init.err);
            assertTrue(init.err.endsWith(")\n  hint: nothing was written; choose a folder you can write to\n"),
                    init.err);
            assertEquals(Set.of(), files(locked));
            assertFalse(Files.exists(Path.of(target)));
        } finally {
            locked.toFile().setWritable(true);
        }
    }

    @Test
    void initThatFailsHalfWayRemovesWhatItWrote() throws IOException {
        // content/ and the README are written before .github/, which a file of that name blocks.
        Path course = dir.resolve("course");
        Files.createDirectories(course);
        Files.writeString(course.resolve(".github"), "a file where a folder must go\n");
        Run init = run("init", "--force", course.toString());
        assertEquals(1, init.code);
        assertEquals("""
                [ROOT]/course/.github: error: cannot write here (a file is where a folder must go)
                  hint: nothing was written; choose a folder you can write to
                """, init.err);
        assertEquals(Set.of(".github"), files(course));
    }

    @Test
    void newPhaseAddsTheNextPhaseToTheLastPartAndItChecksClean() throws IOException {
        Path course = dir.resolve("course");
        run("init", course.toString());
        String content = course.resolve("content").toString();
        Run phase = run("new", "phase", "Testing: the Basics!", "--source", content);
        assertEquals(0, phase.code, phase.err);
        assertEquals("""
                wrote [ROOT]/course/content/phases/01-getting-started/02-testing-the-basics.md
                wrote [ROOT]/course/content/phases/01-getting-started/02-testing-the-basics.yml
                """, phase.out);
        assertTrue(Files.readString(course.resolve("content/phases/01-getting-started/02-testing-the-basics.md"))
                .startsWith("---\ntitle: \"Testing: the Basics!\"\nphase: 2\n"));
        assertTrue(Files.readString(course.resolve("content/phases/01-getting-started/02-testing-the-basics.yml"))
                .contains("  - id: testing-the-basics-first-item\n"));
        assertEquals(0, run("new", "phase", "Déjà Vu", "--source", content, "--part", "getting-started").code);
        assertTrue(Files.exists(course.resolve("content/phases/01-getting-started/03-deja-vu.md")));
        assertEquals("0 errors, 0 warnings\n", check(course).out);
    }

    @Test
    void newPhaseRefusesWhatWouldNotBuildAndWritesNothing() throws IOException {
        Path course = dir.resolve("course");
        run("init", course.toString());
        Set<String> before = files(course);
        String content = course.resolve("content").toString();
        String phases = "[ROOT]/course/content/phases";
        List<List<String>> cases = List.of(
                List.of("new", "phase", "!!! ???", "--source", content),
                List.of("new", "phase", "Later", "--source", content, "--part", "advanced"),
                List.of("new", "phase", "Later", "--source", content, "--number", "1"),
                List.of("new", "phase", "First Steps", "--source", content),
                List.of("new", "phase", "Later", "--source", dir.resolve("nowhere").toString()));
        List<String> messages = List.of("""
                %s: error: the title "!!! ???" has no letters or digits to name the phase's file with
                  hint: give a title with words in Latin letters, e.g. "Testing Basics"
                """.formatted(phases), """
                %s: error: there is no part 'advanced'
                  hint: the parts are 01-getting-started: pass one of them to --part
                """.formatted(phases), """
                %s/01-getting-started/01-first-steps.md: error: phase 1 is this file already
                  hint: leave --number out to take the next free number (2), or choose another
                """.formatted(phases), """
                %s/01-getting-started/01-first-steps.md: error: a phase named 'first-steps' exists already
                  hint: give the new phase another title: its checklist ids start with the name
                """.formatted(phases), """
                [ROOT]/nowhere: error: this is not a handbook's content folder (it has no handbook.yml)
                  hint: run in the handbook's folder (the one with content/), or pass --source DIR
                """);
        for (int i = 0; i < cases.size(); i++) {
            Run run = run(cases.get(i).toArray(String[]::new));
            assertEquals(1, run.code, cases.get(i).toString());
            assertEquals("", run.out);
            assertEquals(messages.get(i), run.err);
        }
        assertEquals(before, files(course));
    }

    @Test
    void themeExportWritesTheBuiltInThemeAndKeepsWhatIsThere() throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("phase.ftlh"), "mine\n");
        Run export = run("theme", "export", templates.toString());
        assertEquals(0, export.code, export.err);
        assertTrue(export.out.contains("wrote [ROOT]/templates/assets/style.css\n"), export.out);
        assertTrue(export.out.endsWith("kept [ROOT]/templates/phase.ftlh (there already)\n"), export.out);
        assertEquals("mine\n", Files.readString(templates.resolve("phase.ftlh")));
        Path repository = Path.of("templates");
        for (String name : files(repository)) {
            if (Files.isRegularFile(repository.resolve(name)) && !name.equals("phase.ftlh")) {
                assertEquals(Files.readString(repository.resolve(name)), Files.readString(templates.resolve(name)),
                        name);
            }
        }
        Run again = run("theme", "export", templates.toString());
        assertFalse(again.out.contains("wrote"), again.out);
        Run file = run("theme", "export", templates.resolve("phase.ftlh").toString());
        assertEquals(1, file.code);
        assertEquals("[ROOT]/templates/phase.ftlh: error: this is a file, not a folder\n  hint: give a folder, e.g."
                + " templates\n", file.err);
    }
}
