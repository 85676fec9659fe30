package dev.handbook.render;

import dev.handbook.TestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * GitHub's own Markdown renderer, Debian's {@code cmark-gfm}, run as a process with the options GitHub uses.
 * Without it the differential tests skip with a message locally; in CI (CI=true or
 * HANDBOOK_REQUIRE_CHROMIUM=1, set by .ci/run, which installs it) they fail instead.
 */
final class CmarkGfm {
    static final List<String> COMMAND = List.of("--unsafe", "-e", "table", "-e", "strikethrough", "-e",
            "autolink", "-e", "tagfilter", "-e", "tasklist", "-e", "footnotes");
    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/cmark-gfm"),
            Path.of("/usr/local/bin/cmark-gfm"));

    private final Path binary;

    CmarkGfm(Path binary) {
        this.binary = binary;
    }

    /** The installed cmark-gfm; skips (locally) or fails (in CI) the calling test when it is missing. */
    static CmarkGfm require() {
        Path found = CANDIDATES.stream().filter(Files::isExecutable).findFirst().orElse(null);
        if (found == null && TestSupport.toolsMandatory()) {
            Assertions.fail("cmark-gfm is required here but not installed: apt-get install -y cmark-gfm");
        }
        Assumptions.assumeTrue(found != null, "skipping differential test against GitHub's renderer: cmark-gfm "
                + "not installed (apt-get install -y cmark-gfm); CI makes these tests mandatory");
        return new CmarkGfm(found);
    }

    /** The HTML cmark-gfm makes of {@code markdown}. */
    String render(String markdown) {
        List<String> command = new java.util.ArrayList<>();
        command.add(binary.toString());
        command.addAll(COMMAND);
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            // Read while writing: a large page fills the pipe's buffer before cmark-gfm finishes reading.
            CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            try (OutputStream in = process.getOutputStream()) {
                in.write(markdown.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("cmark-gfm did not finish within 30 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("cmark-gfm exited with " + process.exitValue());
            }
            return new String(output.join(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
