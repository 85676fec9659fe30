package dev.handbook.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handbook anywhere, with only the jar (issue 18): {@code java -jar handbook.jar init course} in an empty
 * folder far from this repository, then build, check, serve and new phase in it, with the theme inside the
 * jar; an override of phase.ftlh changes the phase pages only; a release jar pins its own SHA-256.
 */
class InitIT {
    static final Path JAR = Path.of("target/handbook.jar").toAbsolutePath();
    static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path dir;

    record Run(int code, String out) {}

    private Run run(Path cwd, Path jar, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Process process = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished: " + command);
        return new Run(process.exitValue(), Files.readString(out));
    }

    @Test
    void aNewHandbookBuildsChecksAndServesWithOnlyTheJar() throws Exception {
        Run init = run(dir, JAR, "init", "course");
        assertEquals(0, init.code, init.out);
        Path course = dir.resolve("course");
        assertFalse(Files.exists(course.resolve("templates")), "the theme is the jar's");

        Run build = run(course, JAR, "build");
        assertEquals(0, build.code, build.out);
        assertTrue(build.out.matches("Built 10 pages into site in \\d+ ms\n"), build.out);
        assertArrayEquals(Files.readAllBytes(Path.of("templates/assets/style.css")),
                Files.readAllBytes(course.resolve("site/assets/style.css")));
        assertTrue(Files.readString(course.resolve("site/phases/01-getting-started/01-first-steps.html"))
                .contains("First Steps"));

        Run check = run(course, JAR, "check");
        assertEquals(new Run(0, "0 errors, 0 warnings\n"), check);

        Run phase = run(course, JAR, "new", "phase", "Testing");
        assertEquals(new Run(0, """
                wrote content/phases/01-getting-started/02-testing.md
                wrote content/phases/01-getting-started/02-testing.yml
                """), phase);
        assertEquals(0, run(course, JAR, "build").code);
        assertTrue(Files.exists(course.resolve("site/phases/01-getting-started/02-testing.html")));

        serves(course);
    }

    /** {@code serve --port 0} answers with the start page, built with the jar's theme. */
    private void serves(Path course) throws Exception {
        Process serve = new ProcessBuilder(JAVA.toString(), "-jar", JAR.toString(), "serve", "--port", "0")
                .directory(course.toFile()).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = lines.readLine(); // the first build's report, then where it serves
            while (line != null && !line.startsWith("Serving ")) {
                line = lines.readLine();
            }
            Matcher url = Pattern.compile("Serving (http://127\\.0\\.0\\.1:\\d+/) \\(watching content;"
                    + " Ctrl-C to stop\\)").matcher(String.valueOf(line));
            assertTrue(url.matches(), line);
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url.group(1))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<h1>Course</h1>"), page.body());
            HttpResponse<String> css = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(url.group(1) + "assets/style.css")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(Files.readString(Path.of("templates/assets/style.css")), css.body());
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "the server stopped");
        }
    }

    @Test
    void anOverriddenPhaseTemplateChangesThePhasePagesOnly() throws Exception {
        assertEquals(0, run(dir, JAR, "init", "course").code);
        Path course = dir.resolve("course");
        assertEquals(0, run(course, JAR, "build", "--out", "before").code);
        Files.createDirectories(course.resolve("templates"));
        String phase = Files.readString(Path.of("templates/phase.ftlh"));
        Files.writeString(course.resolve("templates/phase.ftlh"),
                phase.replace("<@layout.frame", "<p id=\"overridden\">ours</p><@layout.frame"));
        Run after = run(course, JAR, "build", "--out", "after");
        assertEquals(0, after.code, after.out);
        List<String> changed = new ArrayList<>();
        try (var files = Files.walk(course.resolve("after"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path before = course.resolve("before").resolve(course.resolve("after").relativize(file).toString());
                if (!Files.exists(before) || !Files.readString(before).equals(Files.readString(file))) {
                    changed.add(course.resolve("after").relativize(file).toString());
                }
            }
        }
        assertEquals(List.of("phases/01-getting-started/01-first-steps.html"), changed);
        assertTrue(Files.readString(course.resolve("after/phases/01-getting-started/01-first-steps.html"))
                .contains("<p id=\"overridden\">ours</p>"));
    }

    @Test
    void aReleaseJarPinsItsOwnChecksum() throws Exception {
        // The release workflow's jar: the same classes, with version.properties saying release=true.
        Path release = dir.resolve("handbook-release.jar");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(JAR));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(release))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("dev/handbook/version.properties")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace("release=false", "release=true")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.write(bytes);
            }
        }
        Run init = run(dir, release, "init", "course");
        assertEquals(0, init.code, init.out);
        assertFalse(init.out.contains("warning"), init.out);
        String sha256;
        try (InputStream in = Files.newInputStream(release)) {
            sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
        String script = Files.readString(dir.resolve("course/.github/handbook.sh"));
        assertTrue(script.contains("\nHANDBOOK_SHA256=" + sha256 + "\n"), script);
    }
}
