package dev.handbook.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's choice of JVM flags, seen by a stand-in {@code java} that writes down its arguments: a
 * build runs C1 only, the dev server (long-lived) with C2 too; the start-up cache is trained once per jar
 * and JDK, written aside and moved in whole. With the real JDK: picocli's classes come from that cache.
 * An integration test: the launcher rebuilds the jar when it is missing, and after {@code package} it is there.
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

    /**
     * A copy of the launcher in a folder of its own, with the real jar, an empty handbook to train on and
     * a stand-in JDK of {@code feature} that writes down its arguments, so the launcher's start-up cache
     * for that JDK is made there and never touches this repository's. The stand-in fails the training
     * build when {@code trainingFails}, and otherwise writes the archive file a dump names.
     */
    private Path launcherCopy(int feature, boolean trainingFails) throws IOException {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve("target"));
        Files.createDirectories(repo.resolve("content"));
        Files.createDirectories(repo.resolve("templates"));
        Files.copy(Path.of("target/handbook.jar"), repo.resolve("target/handbook.jar"));
        Path launcher = Files.copy(Path.of("handbook"), repo.resolve("handbook"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jdk = dir.resolve("jdk" + feature);
        Files.createDirectories(jdk.resolve("bin"));
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"" + feature + ".0.2\"\n");
        Path java = Files.writeString(jdk.resolve("bin/java"), "#!/bin/sh\n"
                + "echo \"$*\" >> \"" + dir.resolve("calls.txt") + "\"\n"
                + (trainingFails ? "case \"$*\" in *DumpLoadedClassList*) exit 1 ;; esac\n" : "")
                + "case \"$*\" in *-Xshare:dump*)\n"
                + "  for a; do case $a in -XX:SharedArchiveFile=*) echo archive > \"${a#*=}\" ;; esac; done ;;\n"
                + "esac\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return repo;
    }

    /** Runs {@code launcher args} with JAVA_HOME set to {@code jdk} and more environment; returns its output. */
    private static String launch(Path launcher, Path jdk, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", jdk.toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the launcher finished");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    @Test
    void beforeJdk25TheArchiveIsAStaticOneDumpedFromTheClassesATrainingBuildLoaded() throws Exception {
        Path repo = launcherCopy(17, false);
        Path jar = repo.resolve("target/handbook.jar");
        launch(repo.resolve("handbook"), dir.resolve("jdk17"), Map.of(), "--version");
        List<String> calls = Files.readAllLines(dir.resolve("calls.txt"));
        assertEquals(3, calls.size(), String.join("\n", calls));
        String list = calls.get(0).replaceAll(".*-XX:DumpLoadedClassList=(\\S+) .*", "$1");
        assertTrue(calls.get(0).contains("-XX:DumpLoadedClassList=") && calls.get(0).contains(" -jar " + jar + " build"
                + " --source " + repo.resolve("content") + " --templates " + repo.resolve("templates")), calls.get(0));
        // A dynamic archive (-XX:ArchiveClassesAtExit) would leave out picocli's Java 5 class files.
        assertFalse(String.join("\n", calls).contains("ArchiveClassesAtExit"), calls.toString());
        assertTrue(calls.get(1).matches("-Xshare:dump -XX:SharedClassListFile=" + Pattern.quote(list)
                + " -XX:SharedArchiveFile=" + Pattern.quote(repo.resolve("target/handbook-jdk17.jsa").toString())
                + "\\.[0-9]+ -cp " + Pattern.quote(jar.toString())), calls.get(1));
        assertTrue(calls.get(2).contains("-XX:SharedArchiveFile=" + repo.resolve("target/handbook-jdk17.jsa")
                + " -Xshare:auto") && calls.get(2).endsWith("-jar " + jar + " --version"), calls.get(2));
        try (Stream<Path> target = Files.list(repo.resolve("target"))) {
            assertEquals(List.of("handbook-jdk17.jsa", "handbook.jar"),
                    target.map(p -> p.getFileName().toString()).sorted().toList(),
                    "moved in whole, nothing left aside");
        }
        assertFalse(Files.exists(Path.of(list)), "the class list is deleted with the training folder");

        Files.delete(dir.resolve("calls.txt"));
        launch(repo.resolve("handbook"), dir.resolve("jdk17"), Map.of(), "--version");
        assertEquals(1, Files.readAllLines(dir.resolve("calls.txt")).size(), "trained once per jar and JDK");
    }

    @Test
    void aFailedTrainingLeavesNoArchiveAndTheRunGoesOnWithoutOne() throws Exception {
        Path repo = launcherCopy(21, true);
        launch(repo.resolve("handbook"), dir.resolve("jdk21"), Map.of(), "--version");
        List<String> calls = Files.readAllLines(dir.resolve("calls.txt"));
        assertEquals(2, calls.size(), "no dump after a failed training: " + calls);
        assertFalse(calls.get(1).contains("SharedArchiveFile"), calls.get(1));
        assertTrue(calls.get(1).endsWith(" --version"), calls.get(1));
        try (Stream<Path> target = Files.list(repo.resolve("target"))) {
            assertEquals(List.of("handbook.jar"), target.map(p -> p.getFileName().toString()).toList());
        }
    }

    /**
     * The real JDK running this test, through the real launcher: after the launcher has made its start-up
     * cache (a static archive before JDK 25, an AOT cache from 25 on), picocli's classes and ours come
     * from it rather than from the jar.
     */
    @Test
    void picocliLoadsFromTheStartUpCache() throws Exception {
        Path jdk = Path.of(System.getProperty("java.home"));
        Path launcher = Path.of("handbook").toAbsolutePath();
        launch(launcher, jdk, Map.of(), "--version");
        Path log = dir.resolve("classes.log");
        String output = launch(launcher, jdk, Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load:file=" + log), "--version");
        assertTrue(output.contains("handbook "), output);
        String loaded = Files.readString(log);
        for (String name : List.of("picocli.CommandLine", "picocli.CommandLine$Model$CommandSpec",
                "picocli.CommandLine$Interpreter", "dev.handbook.cli.HandbookCommand")) {
            assertTrue(loaded.contains(" " + name + " source: shared objects file"), name + " not from the cache:\n"
                    + loaded.lines().filter(l -> l.contains(" " + name + " ")).toList());
        }
    }
}
