package dev.handbook.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The theme inside handbook's jar: the repository's templates/ as the build packaged it, under
 * {@value #ROOT}, with an index the build writes beside it (a checksum of the theme, then one file name a
 * line). Files are listed from the index and read through the class loader, which has the jar open
 * already: listing the jar's own directory, or opening it as a file system, costs a cold start 15-150 ms.
 * The jar cannot change under a running process, so the one instance keeps what it read.
 */
final class BuiltInTheme {
    static final String ROOT = "/dev/handbook/theme/";
    static final String INDEX = "/dev/handbook/theme.index";

    private static final class Instance {
        static final BuiltInTheme ONE = read();
    }

    private final String checksum;
    private final List<String> names;
    private final Map<String, byte[]> bytes = new ConcurrentHashMap<>();

    private BuiltInTheme(String checksum, List<String> names) {
        this.checksum = checksum;
        this.names = names;
    }

    static BuiltInTheme get() {
        return Instance.ONE;
    }

    private static BuiltInTheme read() {
        try (InputStream in = BuiltInTheme.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the built-in theme's index " + INDEX + " is not on the class path:"
                        + " build handbook with Maven (it writes the index from templates/)");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank()).toList();
            return new BuiltInTheme(lines.get(0), lines.subList(1, lines.size()).stream().sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in theme's index", e);
        }
    }

    /** A checksum of every file: it changes whenever the theme does. */
    String checksum() {
        return checksum;
    }

    /** Every file's name relative to the theme ("phase.ftlh", "assets/style.css"), sorted. */
    List<String> names() {
        return names;
    }

    boolean has(String name) {
        return java.util.Collections.binarySearch(names, name) >= 0;
    }

    /** The file's bytes, read once per process. */
    byte[] bytes(String name) throws IOException {
        byte[] known = bytes.get(name);
        if (known != null) {
            return known;
        }
        try (InputStream in = BuiltInTheme.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new java.io.FileNotFoundException("the built-in theme has no " + name);
            }
            byte[] read = in.readAllBytes();
            byte[] first = bytes.putIfAbsent(name, read);
            return first != null ? first : read;
        }
    }
}
