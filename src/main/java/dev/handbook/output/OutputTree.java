package dev.handbook.output;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.SitePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A site being written. Files go to a fresh temporary folder beside the target; {@link #commit()} swaps
 * it in, so readers and the dev server only ever see a complete site, and a failed or killed build leaves
 * the previous one exactly as it was. Stale temporary folders of killed builds are removed next time.
 */
public final class OutputTree implements SiteOutput {
    /** Written into every site, so a later build knows the folder is ours to replace. */
    public static final String MARKER = ".handbook-site";
    private static final String TEMP_INFIX = ".tmp-";
    /** Numbers this process's temporary folders: see {@link #createUnique}. */
    private static final AtomicInteger TEMPS = new AtomicInteger();

    private final Path target;
    private final Path temp;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** Files made as the site commits, in the order they were asked for. */
    private final Map<SitePath, StreamedText> later = new java.util.LinkedHashMap<>();
    private boolean committed;

    private OutputTree(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /**
     * Prepares to write {@code target}; refuses a target that overlaps the sources or holds files that
     * handbook did not write.
     */
    public static Optional<OutputTree> open(Path target, List<Path> sources, String shownAs, Diagnostics diagnostics) {
        Path out = target.toAbsolutePath().normalize();
        for (Path source : sources) {
            Path src = source.toAbsolutePath().normalize();
            if (out.startsWith(src) || src.startsWith(out)) {
                diagnostics.error(SourcePosition.of(shownAs), "output folder overlaps the sources (" + src + ")",
                        "choose an output folder outside content/ and templates/, e.g. --out site");
                return Optional.empty();
            }
        }
        try {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                diagnostics.error(SourcePosition.of(shownAs), "output path exists and is not a folder", "");
                return Optional.empty();
            }
            if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
                diagnostics.error(SourcePosition.of(shownAs), "output folder exists and was not written by handbook",
                        "a build replaces the whole folder; choose another --out, or empty this one first");
                return Optional.empty();
            }
            Path parent = out.getParent();
            Files.createDirectories(parent);
            removeStaleTemps(parent, out.getFileName().toString());
            String prefix = "." + out.getFileName() + TEMP_INFIX + ProcessHandle.current().pid() + "-";
            return Optional.of(new OutputTree(out, createUnique(parent, prefix)));
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(shownAs), "cannot prepare output folder: " + e.getMessage(), "");
            return Optional.empty();
        }
    }

    /**
     * A new folder {@code prefix + n}. The prefix holds this process's id, and folders of processes that are
     * gone were removed, so a counter is enough: Files.createTempDirectory's random names would cost a cold
     * start 10-20 ms to seed SecureRandom. The creation itself fails if the name is taken, so it never reuses
     * a folder.
     */
    private static Path createUnique(Path parent, String prefix) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(parent.resolve(prefix + TEMPS.incrementAndGet()));
            } catch (FileAlreadyExistsException taken) {
                // another build of this process, or a leftover from a process with our id: try the next
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    /** Removes temporary folders left by builds whose process is gone (killed, crashed, powered off). */
    private static void removeStaleTemps(Path parent, String name) throws IOException {
        String prefix = "." + name + TEMP_INFIX;
        String oldPrefix = "." + name + ".old-";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, p -> {
            String f = p.getFileName().toString();
            return f.startsWith(prefix) || f.startsWith(oldPrefix);
        })) {
            for (Path entry : entries) {
                String rest = entry.getFileName().toString().replaceFirst("^\\." + java.util.regex.Pattern.quote(name)
                        + "\\.(tmp|old)-", "");
                String pid = rest.contains("-") ? rest.substring(0, rest.indexOf('-')) : rest;
                boolean alive = pid.matches("\\d{1,18}") && ProcessHandle.of(Long.parseLong(pid))
                        .map(ProcessHandle::isAlive).orElse(false);
                if (!alive || Long.parseLong(pid) == ProcessHandle.current().pid()) {
                    deleteTree(entry);
                }
            }
        }
    }

    /** Where files are being written (for tests). */
    public Path temporaryFolder() {
        return temp;
    }

    @Override
    public void write(SitePath path, byte[] bytes) {
        create(path, file -> Files.write(file, bytes));
    }

    @Override
    public void write(SitePath path, StreamedText text) {
        create(path, file -> {
            try (java.io.Writer out = Files.newBufferedWriter(file)) {
                text.writeTo(out);
            }
        });
    }

    private void create(SitePath path, FileWriting content) {
        create(claim(path), path, content);
    }

    private void create(Path file, SitePath path, FileWriting content) {
        try {
            folder(file.getParent());
            content.to(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    @Override
    public void copy(Path source, SitePath path) {
        Path file = claim(path);
        try {
            folder(file.getParent());
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + path, e);
        }
    }

    @Override
    public void writeLater(SitePath path, StreamedText make) {
        claim(path);
        later.put(path, make);
    }

    /** Creates a folder of the site once, not once per file written into it. */
    private void folder(Path dir) throws IOException {
        if (!folders.contains(dir)) {
            Files.createDirectories(dir);
            folders.add(dir);
        }
    }

    private Path claim(SitePath path) {
        Path file = temp.resolve(path.value()).normalize();
        if (!file.startsWith(temp)) {
            throw new IllegalArgumentException("path escapes the output folder: " + path);
        }
        if (!written.add(path.value().toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalStateException("two files would be written to " + path);
        }
        return file;
    }

    /** Swaps the new site in: the old one is moved aside, the new one renamed into place, the old deleted. */
    @Override
    public void commit() throws IOException {
        for (Map.Entry<SitePath, StreamedText> file : later.entrySet()) {
            create(temp.resolve(file.getKey().value()).normalize(), file.getKey(), out -> {
                try (java.io.Writer writer = Files.newBufferedWriter(out)) {
                    file.getValue().writeTo(writer);
                }
            });
        }
        Files.writeString(temp.resolve(MARKER), "Written by handbook. The whole folder is replaced on each build.\n");
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + ProcessHandle.current().pid() + "-"
                    + System.nanoTime());
            move(target, old);
        }
        move(temp, target);
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to);
        }
    }

    /** Discards the temporary folder unless the site was committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(temp);
            } catch (IOException e) {
                // Left for the next build's stale-folder sweep; nothing a reader sees depends on it.
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
