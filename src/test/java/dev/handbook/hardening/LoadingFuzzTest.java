package dev.handbook.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: however a real content file is damaged ({@link Mutations}), {@code handbook build} ends with
 * exit 0 or 1, never a stack trace; every problem it prints names a file and a line inside that file; and
 * a build that fails leaves the site of the previous good build exactly as it was, file for file. Each run damages one
 * file of this repository's content/ once to three times, from its own seed, so a failure names the seed
 * that repeats it. {@code mvn verify} runs a fixed few; run more by hand:
 * {@code mvn test -Dtest=LoadingFuzzTest -Dhandbook.fuzz.runs=5000 [-Dhandbook.fuzz.seed=N]}. A failing
 * run's file is kept in target/fuzz-failures/.
 */
class LoadingFuzzTest {
    private static final int RUNS = Integer.getInteger("handbook.fuzz.runs", 20);
    private static final long SEED = Long.getLong("handbook.fuzz.seed", 2026L);
    /** "path:line:column: error: message": a located problem. */
    private static final Pattern LOCATED = Pattern.compile("^(content/[^:]+):(\\d+):(\\d+): (error|warning): .+");

    @TempDir
    Path work;

    @Test
    void damagedContentIsReportedAtItsPlaceAndNeverTouchesTheSite() throws IOException {
        Path content = work.resolve("content");
        BadInputsTest.copyTree(Path.of("content"), content);
        String[] site = {"--source", content.toString(), "--templates", TestSupport.TEMPLATES.toString(), "--out",
            work.resolve("site").toString()};
        assertEquals(0, BadInputsTest.cli("build", site).code(), "the real content must build");
        String goodSite = BadInputsTest.digest(work.resolve("site"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yml")).sorted().toList();
        }

        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < RUNS; i++) {
            long seed = SEED + i;
            Random random = new Random(seed);
            Path file = files.get(random.nextInt(files.size()));
            byte[] original = Files.readAllBytes(file);
            byte[] damaged = original;
            List<String> done = new ArrayList<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                Mutations.Applied applied = Mutations.any(damaged, random);
                done.add(applied.name());
                damaged = applied.result();
            }
            Files.write(file, damaged);
            try {
                String shown = work.relativize(file) + " (seed " + seed + ": " + String.join(", ", done) + ")";
                // A build reports what check would, and writes the site only when it succeeds.
                BadInputsTest.Result build = BadInputsTest.cli("build", site);
                List<String> problems = problems(build, content, shown);
                if (build.code() == 1) {
                    refused++;
                    if (!BadInputsTest.digest(work.resolve("site")).equals(goodSite)) {
                        problems.add(shown + ": the failed build changed the site");
                    }
                } else if (build.code() == 0) {
                    goodSite = BadInputsTest.digest(work.resolve("site")); // the damage was still valid content
                }
                if (!problems.isEmpty()) {
                    failures.addAll(problems);
                    keep(seed, file, damaged);
                }
            } finally {
                Files.write(file, original);
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + RUNS + " runs went wrong");
        // Damage that the build never notices would make this test pass without testing anything.
        assertTrue(refused >= RUNS / 4, "only " + refused + " of " + RUNS + " damaged handbooks were refused");
    }

    /** What is wrong with a build's outcome: a crash, an exit code other than 0 or 1, an unlocated problem. */
    private List<String> problems(BadInputsTest.Result build, Path content, String shown) throws IOException {
        List<String> problems = new ArrayList<>();
        String output = (build.out() + build.err()).replace(work + "/", "");
        if (build.code() != 0 && build.code() != 1 || output.contains("Exception") || output.contains("\tat ")) {
            problems.add(shown + ": exit " + build.code() + "\n" + output);
            return problems;
        }
        for (String line : output.split("\n")) {
            if (line.isBlank() || line.startsWith("  hint: ") || line.matches("\\d+ errors?, \\d+ warnings?")
                    || line.startsWith("Built ") || line.startsWith("Build failed; ")) {
                continue;
            }
            Matcher located = LOCATED.matcher(line);
            if (!located.matches()) {
                problems.add(shown + ": not located: " + line);
                continue;
            }
            Path file = content.resolveSibling(located.group(1));
            int lineNumber = Integer.parseInt(located.group(2));
            long lines = Files.exists(file) ? lineCount(Files.readAllBytes(file)) : 0;
            if (lineNumber < 1 || lineNumber > lines) {
                problems.add(shown + ": line " + lineNumber + " is not in the file (" + lines + " lines): " + line);
            }
        }
        return problems;
    }

    /** Lines as the loader counts them (LF, CRLF, lone CR), and the empty one after a final line end. */
    private static long lineCount(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).split("\r\n|\r|\n", -1).length;
    }

    private void keep(long seed, Path file, byte[] damaged) throws IOException {
        Path kept = Path.of("target/fuzz-failures/seed-" + seed).resolve(work.relativize(file).toString());
        Files.createDirectories(kept.getParent());
        Files.write(kept, damaged);
    }
}
