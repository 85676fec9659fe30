package dev.handbook.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import dev.handbook.cli.HandbookCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The battery of bad inputs (src/test/resources/bad-inputs/, see its README): each case overlays a small
 * valid handbook with broken files and states the exact outcome of {@code handbook check} (messages and
 * exit code) and, for sanitising cases, the published HTML. No case may change an existing site/.
 * {@code -Dhandbook.bless=true} rewrites the expected files; reviewers read that diff.
 */
class BadInputsTest {
    static final Path CASES = Path.of("src/test/resources/bad-inputs");
    static final int MINIMUM_CASES = 90;
    static final boolean BLESS = Boolean.getBoolean("handbook.bless");

    @TempDir
    Path work;

    static List<Path> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    @Test
    void theBatteryIsNotEmpty() throws IOException {
        assertTrue(cases().size() >= MINIMUM_CASES, "only " + cases().size() + " cases");
    }

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> run(c)));
    }

    private void run(Path caseDir) throws Exception {
        Path dir = Files.createTempDirectory(work, caseDir.getFileName().toString());
        TestSupport.write(dir, TestSupport.minimalHandbook());
        Path templates = TestSupport.TEMPLATES;
        Path deletions = caseDir.resolve("delete.txt");
        boolean ownTemplates = Files.isDirectory(caseDir.resolve("templates"))
                || (Files.exists(deletions) && Files.readString(deletions).contains("templates/"));
        // A case with overrides.txt has a theme folder of its own templates/ files alone, over the built-in
        // theme (issue 18); any other case with templates starts from a full copy of the theme.
        boolean overridesOnly = Files.exists(caseDir.resolve("overrides.txt"));
        if (ownTemplates || overridesOnly) {
            templates = dir.resolve("templates");
            if (!overridesOnly) {
                copyTree(TestSupport.TEMPLATES, templates);
            }
        }
        // A previous good build that no failed run may touch.
        String[] site = {"--source", dir.resolve("content").toString(), "--templates", templates.toString(), "--out",
            dir.resolve("site").toString()};
        assertEquals(0, cli("build", site).code, "the base handbook must build");
        String before = digest(dir.resolve("site"));
        Map<String, Integer> templateForms = forbiddenElements(dir.resolve("site"));

        copyTree(caseDir.resolve("content"), dir.resolve("content"));
        copyTree(caseDir.resolve("templates"), templates);
        if (Files.exists(deletions)) {
            for (String rel : Files.readAllLines(deletions)) {
                if (!rel.isBlank()) {
                    Files.delete(dir.resolve(rel.strip()));
                }
            }
        }
        Path setup = caseDir.resolve("symlink.txt");
        if (Files.exists(setup)) {
            String[] parts = Files.readString(setup).strip().split(" -> ");
            Files.createSymbolicLink(dir.resolve(parts[0]), Path.of(parts[1]));
        }

        Result check = cli("check", site);
        String actual = (check.out + check.err).replace(dir.toString() + "/", "").replace(dir.toString(), ".")
                + "exit " + check.code + "\n";
        compare(caseDir.resolve("expected.txt"), actual);
        assertTrue(check.code == 0 || check.code == 1, "exit code");
        assertTrue(!actual.contains("\tat ") && !actual.contains("Exception"), "no stack trace: " + actual);

        Result build = cli("build", site);
        assertEquals(check.code, build.code, "build and check agree");
        if (build.code != 0) {
            assertEquals(before, digest(dir.resolve("site")), "a failed build changed site/");
        }
        if (build.code == 0) {
            assertSafe(dir.resolve("site"), templateForms);
        }
        Path mustContain = caseDir.resolve("expected-in-site.txt");
        if (Files.exists(mustContain)) {
            for (String line : Files.readAllLines(mustContain)) {
                String[] parts = line.split("\t", 2);
                String page = Files.readString(dir.resolve("site").resolve(parts[0]));
                assertTrue(page.contains(parts[1]), parts[0] + " lacks " + parts[1]);
            }
        }
        Path expectedBody = caseDir.resolve("expected-body.html");
        if (Files.exists(expectedBody) || (BLESS && build.code == 0 && caseDir.getFileName().toString()
                .startsWith("markdown-"))) {
            String page = Files.readString(dir.resolve("site/index.html"));
            int start = page.indexOf("<div class=\"body\">");
            int end = page.indexOf("</div>\n<section", start);
            compare(expectedBody, page.substring(start, end < 0 ? page.length() : end + 6) + "\n");
        }
    }

    /** Whatever a case did, no published page may carry an injected script, handler or script URL. */
    private static final String FORBIDDEN = "iframe, object, embed, style, form, base, meta[http-equiv], textarea";

    /** Forbidden elements per page in a site: the templates' own forms (quizzes, portfolio) are the baseline. */
    private static Map<String, Integer> forbiddenElements(Path site) throws IOException {
        Map<String, Integer> counts = new java.util.HashMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                counts.put(site.relativize(file).toString(), org.jsoup.Jsoup.parse(file.toFile()).select(FORBIDDEN).size());
            }
        }
        return counts;
    }

    private static void assertSafe(Path site, Map<String, Integer> baseline) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(file.toFile());
                String where = site.relativize(file).toString();
                // The theme's words for its scripts are data, never run: one JSON block, which the templates write.
                assertTrue(doc.select("script:not([src])").size() <= 1, where + " has more than one inline script");
                for (org.jsoup.nodes.Element script : doc.select("script:not(#handbook-text[type=application/json])")) {
                    assertTrue(script.attr("src").contains("assets/") && script.data().isBlank(),
                            where + " has a script that is not the theme's: " + script);
                }
                assertTrue(doc.select(FORBIDDEN).size() <= baseline.getOrDefault(where, 0),
                        where + " has a forbidden element the templates did not put there");
                for (org.jsoup.nodes.Element el : doc.getAllElements()) {
                    for (org.jsoup.nodes.Attribute attr : el.attributes()) {
                        String value = attr.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(java.util.Locale.ROOT);
                        assertTrue(!attr.getKey().startsWith("on"), where + ": event handler on " + el.tagName());
                        assertTrue(!value.startsWith("javascript:") && !value.startsWith("vbscript:")
                                && !(value.startsWith("data:") && !value.startsWith("data:image/")),
                                where + ": script URL in " + attr.getKey() + " of " + el.tagName());
                    }
                }
            }
        }
    }

    private static void compare(Path expectedFile, String actual) throws IOException {
        if (BLESS) {
            Files.writeString(expectedFile, actual);
            return;
        }
        assertTrue(Files.exists(expectedFile), "missing " + expectedFile + " (run with -Dhandbook.bless=true)");
        assertEquals(Files.readString(expectedFile), actual, expectedFile.toString());
    }

    record Result(int code, String out, String err) {}

    static Result cli(String command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of(command), Stream.of(args)).toArray(String[]::new);
        int code = HandbookCommand.execute(new PrintWriter(out), new PrintWriter(err), all);
        String printed = out.toString();
        if (command.equals("build")) {
            printed = printed.replaceAll("in \\d+ ms", "in N ms");
        }
        return new Result(code, printed, err.toString());
    }

    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static String digest(Path root) throws IOException {
        if (!Files.exists(root)) {
            return "absent";
        }
        TreeMap<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), hash(Files.readAllBytes(p)));
            }
        }
        return files.toString();
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
