package dev.handbook.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One file of a {@link Theme}: a handbook's own (an override, a file on disk) or the built-in theme's.
 *
 * @param name  its name relative to the theme, with "/" between folders: "phase.ftlh", "assets/style.css"
 * @param shown how messages name it: "templates/phase.ftlh", or "(built-in theme)/phase.ftlh"
 * @param path  the file on disk; null for the built-in theme's, which is inside handbook's jar
 */
public record ThemeFile(String name, String shown, Path path) {
    /** The file on disk, when it is a handbook's own. */
    public Optional<Path> file() {
        return Optional.ofNullable(path);
    }

    public boolean isBuiltIn() {
        return path == null;
    }

    /** Its bytes; a built-in file's are read once per process and shared, so never change them. */
    public byte[] bytes() throws IOException {
        return path != null ? Files.readAllBytes(path) : BuiltInTheme.get().bytes(name);
    }
}
