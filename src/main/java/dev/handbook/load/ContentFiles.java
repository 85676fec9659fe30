package dev.handbook.load;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.memo.Memo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of content/: every regular file but hidden ones, by its path relative to content/, sorted so
 * builds are repeatable, each with its {@link SourceStamp}. The folder is walked again unless the only
 * changes since the last clean walk are saves of files it found (the dev server's common case: walking
 * 2,000 files is a fifth of a save's time); then only those files are read again.
 */
final class ContentFiles {
    /** What a walk found. {@code stamps} has every regular file that is not a symbolic link. */
    record Found(Map<String, Path> files, Map<Path, Object> stamps, List<Diagnostic> diagnostics) {}

    private final Path contentDir;
    private final ContentLoader.SourceNames names;

    ContentFiles(Path contentDir, ContentLoader.SourceNames names) {
        this.contentDir = contentDir;
        this.names = names;
    }

    Found find(Changes changes, Memo memo) {
        Path root = contentDir.toAbsolutePath().normalize();
        Found last = memo.last("walk", root);
        Found found = last == null ? null : unwalked(last, changes, root);
        if (found == null) {
            found = walk();
        }
        // A walk that found problems is never reused: the next build walks again and reports them again.
        memo.put("walk", root, null, found.diagnostics().isEmpty() ? found : null);
        return found;
    }

    /** The last walk with fresh stamps for the changed files, or null when the folder must be walked again. */
    private Found unwalked(Found last, Changes changes, Path root) {
        if (!changes.known()) {
            return null;
        }
        Map<Path, Path> known = new HashMap<>();
        last.files().values().forEach(file -> known.put(file.toAbsolutePath().normalize(), file));
        Map<Path, Object> stamps = new HashMap<>(last.stamps());
        for (Path changed : changes.paths()) {
            Path abs = changed.toAbsolutePath().normalize();
            if (!abs.startsWith(root)) {
                continue; // a template: not content
            }
            Path file = known.get(abs);
            if (file == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return null; // added, removed or renamed: only a walk knows what is there now
            }
            // Read again whatever its stamp says: a save within the file system's clock tick, or by a tool that
            // keeps the time (cp -p), leaves size and time as they were. A stamp equal to nothing does.
            stamps.put(file, new Object());
        }
        return new Found(last.files(), stamps, List.of());
    }

    private Found walk() {
        Map<String, Path> files = new TreeMap<>();
        Map<Path, Object> stamps = new HashMap<>();
        Diagnostics diagnostics = new Diagnostics();
        try {
            Path realRoot = contentDir.toRealPath();
            Files.walkFileTree(contentDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(contentDir) || !dir.getFileName().toString().startsWith(".")
                            ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                    visit(p, attrs, realRoot, files, stamps, diagnostics);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path p, IOException e) {
                    diagnostics.error(SourcePosition.of(names.show(p)), "cannot read: " + e.getMessage(), "");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(SourcePosition.of(names.show(contentDir)), "cannot read content folder: "
                    + e.getMessage(), "");
        }
        return new Found(files, stamps, diagnostics.list());
    }

    /** A file found by the walk: kept unless hidden, or a link that leads outside content/ or nowhere. */
    private void visit(Path p, BasicFileAttributes attrs, Path realRoot, Map<String, Path> files,
            Map<Path, Object> stamps, Diagnostics diagnostics) {
        String rel = contentDir.relativize(p).toString().replace('\\', '/');
        if (hidden(rel)) {
            return;
        }
        if (attrs.isSymbolicLink()) {
            try {
                if (!p.toRealPath().startsWith(realRoot)) {
                    diagnostics.error(SourcePosition.of(names.show(p)), "symbolic link points outside content/",
                            "copy the file into content/ instead of linking to it");
                    return;
                }
            } catch (IOException e) {
                diagnostics.error(SourcePosition.of(names.show(p)), "broken symbolic link", "remove it");
                return;
            }
            if (Files.isRegularFile(p)) {
                files.put(rel, p);
            }
        } else if (attrs.isRegularFile()) {
            files.put(rel, p);
            stamps.put(p, SourceStamp.of(attrs));
        }
    }

    private static boolean hidden(String rel) {
        for (String part : rel.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
