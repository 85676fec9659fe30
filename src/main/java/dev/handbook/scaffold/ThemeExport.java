package dev.handbook.scaffold;

import dev.handbook.render.Theme;
import dev.handbook.render.ThemeFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code handbook theme export DIR}: the built-in theme's files, to start a theme folder from. A file that
 * is there already is kept (it may be the author's own override), and listed.
 */
public final class ThemeExport {
    private ThemeExport() {}

    public static Written write(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new Refused(dir.toString(), "this is a file, not a folder", "give a folder, e.g. templates");
        }
        NewFiles files = new NewFiles(dir);
        for (ThemeFile file : Theme.builtInFiles()) {
            try {
                files.add(file.name(), file.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e); // the jar itself is unreadable: a bug report, not a message
            }
        }
        List<Path> kept = files.existing().stream().map(dir::resolve).toList();
        files.skipExisting();
        return new Written(files.write(), kept);
    }
}
