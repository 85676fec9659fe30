package dev.handbook.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs the git command line (no JGit: git is on every contributor's machine and in CI, and the few reads
 * needed here are one process each). Standard input is written and standard error read on their own
 * threads, so a large output can never block the process.
 */
final class Git {
    private static final long TIMEOUT_SECONDS = 120;

    /** What a git command printed and how it ended. */
    record Result(int exit, byte[] out, String err) {
        boolean ok() {
            return exit == 0;
        }

        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    private Git() {}

    /** Runs {@code git -C dir args...}; throws IOException when git cannot be started at all. */
    static Result run(Path dir, byte[] input, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // Never wait for a password or an editor: a check runs unattended.
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
        Process process = builder.start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        CompletableFuture<Void> in = CompletableFuture.runAsync(() -> {
            try (OutputStream stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input);
                }
            } catch (IOException e) {
                // git stopped reading (it failed); its exit code and standard error say why.
            }
        });
        byte[] out;
        try (InputStream stdout = process.getInputStream()) {
            out = stdout.readAllBytes();
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("git " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            in.get();
            return new Result(process.exitValue(), out, new String(err.get(), StandardCharsets.UTF_8).strip());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running git", e);
        } catch (ExecutionException e) {
            throw new IOException("cannot talk to git: " + e.getCause(), e.getCause());
        }
    }

    private static byte[] readAll(InputStream stream) {
        try (stream) {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
