package dev.handbook.output;

import dev.handbook.model.SitePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dev server's site folder, updated in place from one build to the next, so a save costs the files it
 * changed rather than a whole new site. What a build writes is held in memory until {@link #commit()}: a
 * failed build changes nothing. A file is then replaced by an atomic rename only when its bytes differ from
 * what the folder holds (a copied file: when its source changed), so a request reads the old file or the
 * new one, never half of one; files that the build did not write are deleted. A file made of the whole
 * handbook (the booklet, the search index) is made only when a request asks for it, so a save does not wait
 * for it. One build at a time.
 */
public final class LiveOutput implements SiteOutput {
    private record Copy(Path source, Object stamp) {}

    private final Path root;
    private final Map<String, byte[]> written = new ConcurrentHashMap<>();
    private final Map<String, Copy> copies = new ConcurrentHashMap<>();
    private final Map<String, StreamedText> later = new ConcurrentHashMap<>();
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    /** Committed files not made yet: made by the first request for them (guarded by this). */
    private final Map<String, StreamedText> unmade = new HashMap<>();
    /** What the folder holds since the last commit: a written file's bytes, or the source of a copy. */
    private final Map<String, Object> present = new HashMap<>();

    public LiveOutput(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public void write(SitePath path, byte[] bytes) {
        written.put(claim(path), bytes);
    }

    @Override
    public void copy(Path source, SitePath path) {
        copies.put(claim(path), new Copy(source, stamp(source)));
    }

    @Override
    public void writeLater(SitePath path, StreamedText make) {
        later.put(claim(path), make);
    }

    /**
     * Takes {@code path} for this build. It cannot leave the folder: a SitePath refuses "..", a leading "/"
     * and backslashes.
     */
    private String claim(SitePath path) {
        String rel = path.value();
        if (!claimed.add(rel.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("two files would be written to " + path);
        }
        return rel;
    }

    @Override
    public synchronized void commit() throws IOException {
        Files.createDirectories(root);
        for (Map.Entry<String, StreamedText> file : later.entrySet()) {
            // Until a request makes it, the file of the previous build stays (never served: see materialize).
            unmade.put(file.getKey(), file.getValue());
            present.put(file.getKey(), file.getValue());
            if (!Files.exists(root.resolve(file.getKey()))) {
                materialize(file.getKey());
            }
        }
        for (Map.Entry<String, byte[]> file : written.entrySet()) {
            // Creating a file is the slow part of writing one (~0.6 ms on ext4 here, whatever its size).
            Object before = present.put(file.getKey(), file.getValue());
            byte[] bytes = file.getValue();
            if (!(before instanceof byte[] known && (known == bytes || Arrays.equals(known, bytes)))
                    || !Files.exists(root.resolve(file.getKey()))) {
                replace(file.getKey(), temp -> Files.write(temp, bytes));
            }
        }
        for (Map.Entry<String, Copy> file : copies.entrySet()) {
            Copy copy = file.getValue();
            Object before = present.put(file.getKey(), copy);
            if (copy.stamp() == null || !copy.equals(before) || !Files.exists(root.resolve(file.getKey()))) {
                replace(file.getKey(), temp -> Files.copy(copy.source(), temp, StandardCopyOption.REPLACE_EXISTING));
            }
        }
        Set<String> stale = new HashSet<>();
        for (String rel : present.keySet()) {
            if (!claimed.contains(rel.toLowerCase(Locale.ROOT))) {
                stale.add(rel);
            }
        }
        for (String rel : stale) {
            Files.deleteIfExists(root.resolve(rel));
            present.remove(rel);
            unmade.remove(rel);
        }
        reset();
    }

    /**
     * Makes {@code file} now if the last build left it to be made on request; call before reading any file
     * of the folder. Returns at once for every other file. When making it fails, the exception is thrown
     * here, and the next request tries again.
     */
    public synchronized void materialize(String rel) throws IOException {
        StreamedText make = unmade.get(rel);
        if (make != null) {
            byte[] bytes = make.bytes();
            replace(rel, temp -> Files.write(temp, bytes));
            unmade.remove(rel);
        }
    }

    /** Writes beside the target, then renames over it: readers never see a partly written file. */
    private void replace(String rel, FileWriting writer) throws IOException {
        Path target = root.resolve(rel);
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        writer.to(temp);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Forgets what an uncommitted build wrote. */
    @Override
    public void close() {
        reset();
    }

    private void reset() {
        written.clear();
        later.clear();
        copies.clear();
        claimed.clear();
    }

    /** A copied file's source version: its identity, size and modification time; null when unreadable. */
    private static Object stamp(Path source) {
        try {
            BasicFileAttributes a = Files.readAttributes(source, BasicFileAttributes.class);
            return List.of(String.valueOf(a.fileKey()), a.lastModifiedTime(), a.size());
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }
}
