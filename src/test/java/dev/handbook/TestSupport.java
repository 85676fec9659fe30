package dev.handbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Small helpers for tests that write a handbook inline (Hugo's habit: the test shows its whole input). */
public final class TestSupport {
    private TestSupport() {}

    /** The project's own templates folder (tests run with the project folder as working folder). */
    public static final Path TEMPLATES = Path.of("templates").toAbsolutePath();

    /** Writes {@code files} (path → text) under {@code root}. */
    public static Path write(Path root, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = root.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether every tool the suite uses must be there: in CI (CI=true) and wherever HANDBOOK_REQUIRE_CHROMIUM=1
     * is set, as .ci/run sets it after installing them. Elsewhere a test whose tool is missing skips.
     */
    public static boolean toolsMandatory() {
        String required = System.getenv("HANDBOOK_REQUIRE_CHROMIUM");
        return "1".equals(required) || "true".equalsIgnoreCase(required) || "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Skips the calling test with a message when {@code tool} is not on the PATH, or fails it where tools are
     * {@linkplain #toolsMandatory mandatory}; {@code why} says what needs it, {@code install} how to get it.
     */
    public static void requireOnPath(String tool, String why, String install) {
        boolean found = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isEmpty()).anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
        if (!found && toolsMandatory()) {
            org.junit.jupiter.api.Assertions.fail(tool + " is required here (" + why + ") but not on the PATH: " + install);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(found, "skipping: " + tool + " not on the PATH (" + why + "); "
                + install + "; CI makes it mandatory");
    }

    /** Deletes a folder and everything in it, as far as it can: a leftover temp folder is harmless. */
    public static void deleteQuietly(Path dir) {
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // The OS cleans the temp folder.
        }
    }

    /** A minimal valid handbook: settings, a landing page and one phase with a checklist. */
    public static Map<String, String> minimalHandbook() {
        return Map.of(
                "content/handbook.yml", """
                        id: test-book
                        title: Test Book
                        description: A handbook for tests.
                        """,
                "content/index.md", """
                        ---
                        title: Welcome
                        ---
                        Start with [phase one](phases/01-first.md).
                        """,
                "content/phases/01-first.md", """
                        ---
                        title: First Steps
                        phase: 1
                        duration: 1 week
                        outcomes:
                          - You can do the *first* thing.
                        mastery_check:
                          title: Build a thing
                          acceptance:
                            - It works
                        ---
                        Intro text.
                        """,
                "content/phases/01-first.yml", """
                        items:
                          - id: first-item
                            text: Learn the `first` thing
                            detail: One sentence.
                            links:
                              - title: Docs
                                url: https://doc.rust-lang.org/book/
                        """);
    }
}
