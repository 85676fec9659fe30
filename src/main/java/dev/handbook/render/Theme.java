package dev.handbook.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme a handbook is built with: handbook's built-in theme, overridden file by file by the handbook's
 * own theme folder when it has one (as mdBook's theme/ and Hugo's layouts/ do). Every lookup goes through
 * {@link #file}: a name relative to the theme ("phase.ftlh", "assets/style.css") is the folder's file when
 * it has one, else the built-in theme's. Templates, the files they import and assets are found alike.
 */
public final class Theme {
    /** How messages name the built-in theme's folder: "(built-in theme)/phase.ftlh". */
    public static final String BUILT_IN = "(built-in theme)";

    private final Path folder;
    private final String shown;

    /**
     * @param folder the handbook's theme folder; a folder that does not exist overrides nothing
     * @param shown  how messages name the folder, e.g. "templates"
     */
    public Theme(Path folder, String shown) {
        this.folder = folder.toAbsolutePath().normalize();
        this.shown = shown;
    }

    /** The handbook's theme folder, when it exists. */
    public Optional<Path> folder() {
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    /** The file {@code name} names: the folder's, else the built-in theme's; empty when neither has it. */
    public Optional<ThemeFile> file(String name) {
        Path own = folder.resolve(name).normalize();
        if (own.startsWith(folder) && !own.equals(folder) && Files.isRegularFile(own)) {
            return Optional.of(new ThemeFile(name, shown + "/" + name, own));
        }
        return BuiltInTheme.get().has(name) ? Optional.of(builtIn(name)) : Optional.empty();
    }

    /** Every file of the theme under {@code under} ("assets/"; "" for all), the folder's over the built-in ones. */
    public SortedMap<String, ThemeFile> files(String under) throws IOException {
        SortedMap<String, ThemeFile> files = new TreeMap<>();
        for (String name : BuiltInTheme.get().names()) {
            if (name.startsWith(under)) {
                files.put(name, builtIn(name));
            }
        }
        for (Path own : own(folder.resolve(under))) {
            String name = folder.relativize(own).toString().replace('\\', '/');
            files.put(name, new ThemeFile(name, shown + "/" + name, own));
        }
        return files;
    }

    /** Every file of the built-in theme, by name. */
    public static List<ThemeFile> builtInFiles() {
        return BuiltInTheme.get().names().stream().map(Theme::builtIn).toList();
    }

    private static ThemeFile builtIn(String name) {
        return new ThemeFile(name, BUILT_IN + "/" + name, null);
    }

    /** How messages name {@code name}: where {@link #file} finds it. */
    public String shown(String name) {
        return file(name).map(ThemeFile::shown).orElse(shown + "/" + name);
    }

    /**
     * Equal stamps, the same theme: the built-in theme's checksum, then every file of the folder with its
     * size and modification time.
     */
    public String stamp() {
        StringBuilder out = new StringBuilder(BuiltInTheme.get().checksum()).append('\n');
        try {
            for (Path file : own(folder)) {
                out.append(folder.relativize(file)).append(' ').append(Files.size(file)).append(' ')
                        .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return "unreadable " + System.nanoTime(); // never equal: parse again
        }
        return out.toString();
    }

    /** The regular files under {@code dir}, sorted; none when it is not a folder. */
    private static List<Path> own(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
