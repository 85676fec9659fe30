package dev.handbook.load;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parsed sources kept between the builds of one process (the dev server), so a save re-parses only the
 * files it touched. An entry is reused while every file it was made of has the same identity, size and
 * modification time (nanoseconds on the file systems editors save to); anything else, or a file that
 * cannot be read, parses again. A reused entry replays the diagnostics of its parse.
 */
public final class SourceCache {
    /** What identifies one version of a file without reading it; {@link #MISSING} when there is none. */
    record Stamp(Object fileKey, long modifiedNanos, long size) {
        static final Stamp MISSING = new Stamp(null, -1, -1);
    }

    private record Entry(List<Stamp> stamps, Object value, List<Diagnostic> diagnostics) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    static Stamp stamp(Path file) {
        if (file == null) {
            return Stamp.MISSING;
        }
        try {
            return stamp(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return null; // never equal to a stored stamp: parse again, and let the parser report the problem
        }
    }

    static Stamp stamp(BasicFileAttributes a) {
        return new Stamp(a.fileKey(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), a.size());
    }

    /**
     * The value parsed from {@code files} (null for an absent one) under {@code key}: reused when none of
     * them changed since it was parsed (their {@code stamps}, read as the folder was walked), else parsed again with {@code parse}, which reports into the
     * diagnostics it is given.
     */
    @SuppressWarnings("unchecked")
    <T> T get(String key, List<Path> files, Function<Path, Stamp> stampOf, Diagnostics diagnostics,
            Function<Diagnostics, T> parse) {
        List<Stamp> stamps = files.stream().map(f -> f == null ? Stamp.MISSING : stampOf.apply(f)).toList();
        Entry entry = entries.get(key);
        if (entry != null && !stamps.contains(null) && entry.stamps().equals(stamps)) {
            diagnostics.addAll(entry.diagnostics());
            return (T) entry.value();
        }
        Diagnostics own = new Diagnostics();
        T value = parse.apply(own);
        List<Diagnostic> found = own.sorted();
        diagnostics.addAll(found);
        if (!stamps.contains(null)) {
            entries.put(key, new Entry(stamps, value, found));
        }
        return value;
    }

    /** The last walk of content/: its files and their stamps; null before the first, or after problems. */
    private Map<String, Path> walkedFiles;
    private Map<Path, Stamp> walkedStamps;
    /** Files changed since the last load, as the dev server's watcher saw them; null when unknown. */
    private java.util.Set<Path> changed;

    /** What changed before the next load: null when unknown (the next load walks the folder). */
    public synchronized void changedSince(java.util.Set<Path> paths) {
        changed = paths == null ? null : java.util.Set.copyOf(paths);
    }

    /**
     * The files of content/ without walking it, when the last walk was clean and every change since is a
     * known file that is still a file (a save): only those are looked at again. Empty when the folder must
     * be walked (a file or folder added, removed or renamed, or changes unknown).
     */
    synchronized java.util.Optional<Map<String, Path>> unwalked(Path contentDir, Map<Path, Stamp> stamps) {
        java.util.Set<Path> since = changed;
        changed = null; // one use: a load after this one walks unless told again
        if (walkedFiles == null || since == null) {
            return java.util.Optional.empty();
        }
        Path root = contentDir.toAbsolutePath().normalize();
        Map<Path, Path> known = new java.util.HashMap<>();
        for (Path file : walkedFiles.values()) {
            known.put(file.toAbsolutePath().normalize(), file);
        }
        Map<Path, Stamp> fresh = new java.util.HashMap<>(walkedStamps);
        for (Path path : since) {
            Path abs = path.toAbsolutePath().normalize();
            if (!abs.startsWith(root)) {
                continue; // a template: not content
            }
            Path file = known.get(abs);
            if (file == null || !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return java.util.Optional.empty();
            }
            Stamp stamp = stamp(file);
            if (stamp == null) {
                return java.util.Optional.empty();
            }
            fresh.put(file, stamp);
        }
        walkedStamps = fresh;
        stamps.putAll(fresh);
        return java.util.Optional.of(walkedFiles);
    }

    /** Remembers a walk for {@link #unwalked}; a walk that found problems is never reused. */
    synchronized void walked(Map<String, Path> files, Map<Path, Stamp> stamps, boolean clean) {
        walkedFiles = clean ? Map.copyOf(files) : null;
        walkedStamps = clean ? Map.copyOf(stamps) : null;
    }

    /** Forgets entries whose key is not in {@code live} (files deleted since): memory stays bounded. */
    void retainOnly(java.util.Set<String> live) {
        entries.keySet().retainAll(live);
    }
}
