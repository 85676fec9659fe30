package dev.handbook.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's choice of JVM flags, seen by a stand-in {@code java} that writes down its arguments: a
 * build runs C1 only, the dev server (long-lived) with C2 too. An integration test: the launcher rebuilds
 * the jar when it is missing, and after {@code package} it is there.
 */
class LauncherIT {
    @TempDir
    Path dir;

    /** Runs {@code ./handbook args} with the stand-in JDK; returns the arguments its last java call got. */
    private String javaCall(String... args) throws IOException, InterruptedException {
        Path jdk = dir.resolve("jdk");
        Path calls = dir.resolve("calls.txt");
        if (!Files.exists(jdk)) {
            Files.createDirectories(jdk.resolve("bin"));
            // A feature version no real JDK has, so the launcher's start-up cache for it is never the real one.
            Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"99.0.1\"\n");
            Path java = Files.writeString(jdk.resolve("bin/java"), "#!/bin/sh\necho \"$*\" >> \"" + calls + "\"\n");
            Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.deleteIfExists(calls);
        List<String> command = new java.util.ArrayList<>(List.of(Path.of("handbook").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder launcher = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile());
        launcher.environment().put("JAVA_HOME", jdk.toString());
        Process process = launcher.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher finished");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("out.txt")));
        List<String> lines = Files.readAllLines(calls);
        return lines.get(lines.size() - 1);
    }

    @Test
    void aBuildRunsOnC1AloneAndTheDevServerOnC2Too() throws Exception {
        String build = javaCall("build", "--out", dir.resolve("site").toString());
        assertTrue(build.contains("-XX:TieredStopAtLevel=1"), build);
        assertTrue(build.endsWith("-jar " + Path.of("target/handbook.jar").toAbsolutePath() + " build --out "
                + dir.resolve("site")), build);

        String serve = javaCall("serve", "--port", "0");
        assertFalse(serve.contains("TieredStopAtLevel"), serve);
        assertTrue(serve.contains("-XX:+UseSerialGC") && serve.endsWith(" serve --port 0"), serve);

        // Options before the command are the launcher's to pass on; they do not make a build a server.
        String version = javaCall("--version");
        assertTrue(version.contains("-XX:TieredStopAtLevel=1") && version.endsWith(" --version"), version);
        String help = javaCall("--help", "serve");
        assertFalse(help.contains("TieredStopAtLevel"), help);
    }
}
