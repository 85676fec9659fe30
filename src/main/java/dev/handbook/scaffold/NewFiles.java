package dev.handbook.scaffold;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Files to write below a folder, written all or none: a failure half-way (a full disk, a folder that is
 * not writable) removes what this write created, so an author never finds half a handbook. A file is only
 * ever created, never replaced ({@code CREATE_NEW}), even if one appears after the caller looked.
 */
final class NewFiles {
    private final Path root;
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    NewFiles(Path root) {
        this.root = root;
    }

    void add(String relative, byte[] bytes) {
        files.put(relative, bytes);
    }

    /** The relative names of the files that exist already. */
    List<String> existing() {
        return files.keySet().stream().filter(name -> Files.exists(root.resolve(name))).toList();
    }

    /** Leaves out the files that exist already: never overwritten. */
    void skipExisting() {
        existing().forEach(files::remove);
    }

    /** Writes every file; returns them in order. */
    List<Path> write() {
        Deque<Path> created = new ArrayDeque<>();
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = root.resolve(file.getKey());
                createFolders(target.getParent(), created);
                Files.write(target, file.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                created.push(target);
                written.add(target);
            }
            return written;
        } catch (IOException e) {
            undo(created);
            if (e instanceof FileAlreadyExistsException exists) {
                throw new Refused(exists.getFile(), "this file appeared while handbook was writing",
                        "nothing was written; run the command again");
            }
            throw new Refused(where(e), "cannot write here (" + reason(e) + ")",
                    "nothing was written; choose a folder you can write to");
        }
    }

    private void createFolders(Path dir, Deque<Path> created) throws IOException {
        if (dir == null || Files.isDirectory(dir)) {
            return;
        }
        if (Files.exists(dir)) {
            throw new java.nio.file.NotDirectoryException(dir.toString());
        }
        createFolders(dir.getParent(), created);
        Files.createDirectory(dir);
        created.push(dir);
    }

    /** Removes what this write created, newest first, so folders are empty when their turn comes. */
    private static void undo(Deque<Path> created) {
        for (Path path : created) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // best effort: the message already says the write failed
            }
        }
    }

    private String where(IOException e) {
        if (e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
            return fs.getFile();
        }
        return root.toString();
    }

    /** The reason without the Java exception's name: "Permission denied", "Not a directory". */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "a file is where a folder must go";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs) {
            // The operating system's reason when it gave one ("operation not permitted"); /proc gives none.
            return fs.getReason() != null ? fs.getReason().toLowerCase(java.util.Locale.ROOT) : "it cannot be created";
        }
        return e.getMessage() != null ? e.getMessage() : "an input/output error";
    }
}
