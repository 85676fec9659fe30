package dev.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact output of {@code handbook check} for every kind of problem (src/test/resources/check/).
 * Each case is the small valid handbook in {@code base/} with the case's own {@code content/} files laid
 * over it (and the paths in {@code delete.txt} removed); {@code expected.txt} holds what check prints and
 * its exit code, {@code expected-github.txt} (when present) the same run with {@code --format github}.
 * Run with {@code -Dhandbook.bless=true} to rewrite the expected files, then read the diff.
 */
class CheckGoldenTest {
    static final Path CASES = Path.of("src/test/resources/check");
    /** An empty or half-copied folder must not pass as "all cases green". */
    static final int MIN_CASES = 35;
    static final boolean BLESS = Boolean.getBoolean("handbook.bless");

    @TempDir
    Path tmp;

    static List<Path> cases() {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().equals("base")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void thereAreEnoughCasesAndEachHasItsExpectedOutput() {
        List<Path> cases = cases();
        assertTrue(cases.size() >= MIN_CASES, "only " + cases.size() + " cases in " + CASES);
        for (Path c : cases) {
            assertTrue(Files.exists(c.resolve("expected.txt")) || BLESS, c + " has no expected.txt");
            assertTrue(Files.isDirectory(c.resolve("content")) || Files.exists(c.resolve("delete.txt"))
                    || c.getFileName().toString().equals("valid"), c + " changes nothing");
        }
    }

    @TestFactory
    Stream<DynamicTest> eachCasePrintsExactlyItsExpectedOutput() {
        return cases().stream().flatMap(c -> Stream.of(
                DynamicTest.dynamicTest(c.getFileName().toString(), () -> compare(c, "expected.txt", "text")),
                DynamicTest.dynamicTest(c.getFileName() + " (github)", () -> {
                    if (Files.exists(c.resolve("expected-github.txt"))) {
                        compare(c, "expected-github.txt", "github");
                    }
                })));
    }

    /** Kept out of the fixture folder: a checkout on macOS or Windows could not hold both files. */
    @Test
    void namesThatDifferOnlyByCaseClash() throws IOException {
        Path dir = Files.createTempDirectory(tmp, "case-clash");
        copyTree(CASES.resolve("base"), dir);
        Files.copy(dir.resolve("content/phases/img/diagram.svg"), dir.resolve("content/phases/img/Diagram.svg"));
        assertEquals("""
                content/phases/img/diagram.svg: error: file name differs from phases/img/Diagram.svg only by case
                  hint: rename one of them: they clash on macOS and Windows
                1 error, 0 warnings
                exit 1
                """, run(dir, "text"));
    }

    private void compare(Path c, String expectedName, String format) throws IOException {
        Path dir = Files.createTempDirectory(tmp, c.getFileName().toString());
        copyTree(CASES.resolve("base"), dir);
        if (Files.isDirectory(c.resolve("content"))) {
            copyTree(c, dir);
        }
        if (Files.exists(c.resolve("delete.txt"))) {
            for (String line : Files.readAllLines(c.resolve("delete.txt"))) {
                if (!line.isBlank()) {
                    Files.delete(dir.resolve(line.strip()));
                }
            }
        }
        String actual = run(dir, format);
        Path expected = c.resolve(expectedName);
        if (BLESS) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, c.toString());
    }

    /** What a contributor sees: the report (paths relative to the handbook's folder) and the exit code. */
    static String run(Path dir, String format) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HandbookCommand.execute(new PrintWriter(out), new PrintWriter(err), "check", "--source",
                dir.resolve("content").toString(), "--templates", TestSupport.TEMPLATES.toString(), "--format", format);
        return (out.toString() + err.toString()).replace(dir + "/", "") + "exit " + code + "\n";
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String rel = from.relativize(file).toString();
                if (!rel.startsWith("content")) {
                    continue;
                }
                Path target = to.resolve(rel);
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
