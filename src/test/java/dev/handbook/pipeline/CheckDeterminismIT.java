package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code handbook check} prints the same lines in the same order on every run, on one core or many (issue
 * 16): pages load and render on all cores, each reporting its own problems, merged in file order. Runs the
 * packaged jar, so it is an integration test.
 */
class CheckDeterminismIT {
    @TempDir
    Path dir;

    @Test
    void theSameProblemsInTheSameOrderOnOneCoreOrMany() throws Exception {
        TestSupport.write(dir, TestSupport.minimalHandbook());
        Map<String, String> broken = new HashMap<>();
        for (int n = 2; n < 22; n++) {
            String stem = String.format("content/phases/%02d-part-%d", n, n);
            broken.put(stem + ".md", "---\ntitle: Part " + n + "\nphase: " + n + "\nduration: " + (n % 3 == 0 ? "soon"
                    : "1 week") + "\noutcomes:\n  - You can do " + n + ".\nmastery_check:\n  title: Build " + n
                    + "\n  acceptence: [typo]\n---\nSee [missing](no-such-" + n + ".md) and [an anchor](01-first.md#nope-"
                    + n + ").\n");
            // Every part reuses the same item id: a duplicate reported against each file after the first.
            broken.put(stem + ".yml", "items:\n  - id: shared-item\n    text: Item " + n + "\n");
        }
        TestSupport.write(dir, broken);
        String one = check("-XX:ActiveProcessorCount=1");
        String many = check("-XX:ActiveProcessorCount=8");
        assertTrue(one.lines().filter(l -> l.contains(": error: ")).count() > 80, one);
        assertEquals(one, many, "one core and eight cores print the same report");
        assertEquals(one, check("-XX:ActiveProcessorCount=8"), "and so does the next run");
        assertEquals(one, check("-XX:ActiveProcessorCount=1"));
    }

    /** The report of {@code java FLAG -jar target/handbook.jar check}: its standard output and error. */
    private String check(String flag) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path out = dir.resolve("out.txt");
        Process process = new ProcessBuilder(List.of(java, flag, "-jar",
                Path.of("target/handbook.jar").toAbsolutePath().toString(), "check", "--format", "text", "--templates",
                TestSupport.TEMPLATES.toString()))
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "check finished");
        assertEquals(1, process.exitValue(), Files.readString(out));
        return Files.readString(out);
    }
}
