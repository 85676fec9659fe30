package dev.handbook.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code handbook init}: a new handbook that builds, checks and serves at once, from the files under
 * src/main/scaffold/ (in the jar under {@value #ROOT}). A leading "_" in their names stands for ".": Maven
 * leaves files such as .gitignore out of a jar. @ID@, @TITLE@, @VERSION@, @SHA256@ and @REPOSITORY@ are
 * filled in; nothing else is, since the workflows are full of GitHub's own ${{ ... }}.
 */
public final class NewHandbook {
    static final String ROOT = "/dev/handbook/scaffold/";
    /** Every file of the scaffold, in the order they are written (NewHandbookTest holds it to the folder). */
    static final List<String> FILES = List.of("content/handbook.yml", "content/index.md",
            "content/phases/01-getting-started/index.md", "content/phases/01-getting-started/01-first-steps.md",
            "content/phases/01-getting-started/01-first-steps.yml",
            "content/phases/01-getting-started/01-first-steps.quiz.yml", "README.md", "_gitignore",
            "_github/handbook.sh", "_github/workflows/check.yml", "_github/workflows/pages.yml");

    private NewHandbook() {}

    /**
     * Writes a new handbook into {@code dir}, which must be missing or empty unless {@code force}; a folder
     * that has content/ already is refused even then, and no existing file is ever replaced.
     */
    public static Written write(Path dir, Release release, boolean force) {
        String shown = dir.toString();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new Refused(shown, "this is a file, not a folder", "give the name of a new folder, e.g."
                    + " 'handbook init my-course'");
        }
        if (Files.exists(dir.resolve("content"))) {
            throw new Refused(dir.resolve("content").toString(), "this folder has a handbook's content/ already",
                    "nothing was written; add a phase with 'handbook new phase \"Title\"', or init another folder");
        }
        if (!force && !isEmpty(dir)) {
            throw new Refused(shown, "this folder is not empty", "init a new or empty folder, or pass --force to add"
                    + " the handbook beside what is there (no existing file is replaced)");
        }
        String slug = Slug.of(dir.toAbsolutePath().normalize().getFileName() == null ? ""
                : dir.toAbsolutePath().normalize().getFileName().toString());
        String title = Slug.title(slug);
        // The id keys every learner's saved progress in the browser, so two handbooks must never share one:
        // the folder's name makes it readable, random digits make it unique.
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        String id = (slug.isEmpty() ? "handbook" : slug) + "-" + HexFormat.of().formatHex(random);
        NewFiles files = new NewFiles(dir);
        for (String name : FILES) {
            String text = resource(name).replace("@ID@", id).replace("@TITLE@", title)
                    .replace("@VERSION@", release.version()).replace("@REPOSITORY@", release.repository())
                    .replace("@SHA256@", release.sha256().orElse(Release.UNPINNED));
            files.add(name.startsWith("_") ? "." + name.substring(1) : name, text.getBytes(StandardCharsets.UTF_8));
        }
        List<Path> kept = files.existing().stream().map(dir::resolve).toList();
        files.skipExisting();
        return new Written(files.write(), kept);
    }

    private static boolean isEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new Refused(dir.toString(), "cannot read this folder (" + e.getClass().getSimpleName() + ")",
                    "choose a folder you can read and write");
        }
    }

    private static String resource(String name) {
        try (InputStream in = NewHandbook.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("the scaffold's " + name + " is not in the jar: build it with Maven");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
