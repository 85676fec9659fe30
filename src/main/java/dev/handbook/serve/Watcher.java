package dev.handbook.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them (new sub-folders too) and calls back once a burst of changes
 * is over: an editor's save is often several events (write a temporary file, rename it, touch the
 * folder), and one rebuild should follow, not four. Editors' own scratch files are ignored.
 */
final class Watcher implements AutoCloseable {
    /**
     * Quiet time that ends a burst of events. It is all added to every save's latency, so it is short: the
     * events of one save arrive together, and a burst that outlasts it costs one more build (the server
     * coalesces what arrives during a build), never a missed one.
     */
    static final long DEBOUNCE_MILLIS = 5;
    /** A burst that never goes quiet (a script writing many files) still rebuilds this often. */
    static final long MAX_WAIT_MILLIS = 500;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final java.util.function.Consumer<java.util.Set<Path>> onChange;
    /** The burst being collected: the files it changed, or null once one event could not say which. */
    private java.util.Set<Path> changed = new java.util.HashSet<>();
    private final Thread thread;

    /**
     * @param onChange called after each burst with the paths it changed (files and folders, created,
     *                 modified or deleted), or with null when the watch service lost events (overflow)
     */
    Watcher(List<Path> roots, java.util.function.Consumer<java.util.Set<Path>> onChange) throws IOException {
        this.service = roots.get(0).getFileSystem().newWatchService();
        this.onChange = onChange;
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
        thread = new Thread(this::loop, "handbook-serve-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = drain(key);
                long start = System.nanoTime();
                // Collect the rest of the burst: until DEBOUNCE_MILLIS pass without an event.
                while (System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS)) {
                    WatchKey more = service.poll(DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
                    if (more == null) {
                        break;
                    }
                    relevant |= drain(more);
                }
                if (relevant) {
                    onChange.accept(changed == null ? null : java.util.Set.copyOf(changed));
                }
                changed = new java.util.HashSet<>();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the server is stopping
        }
    }

    /** Reads a key's events, registers new folders; true when any event is worth a rebuild. */
    private boolean drain(WatchKey key) {
        Path folder = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                relevant = true;
                changed = null;
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    // the folder went away again before it could be watched; nothing in it to build
                }
            }
            if (!isScratch(changed.getFileName().toString())) {
                relevant = true;
                if (this.changed != null) {
                    this.changed.add(changed);
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return relevant;
    }

    /**
     * Editors' temporary and backup files: hidden files (Vim's ".name.swp", Emacs' lock ".#name"), backups
     * ("name~", Emacs' "#name#"), Vim's probe "4913", "*.tmp", and JetBrains' safe-write "___jb_tmp___" and
     * "___jb_old___". The save they are part of reaches the real file's name, which is what rebuilds.
     */
    static boolean isScratch(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.startsWith("#") || name.endsWith(".swp")
                || name.endsWith(".swx") || name.equals("4913") || name.endsWith(".tmp")
                || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___");
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing a watch service only fails if it was closed already
        }
        thread.interrupt();
    }
}
