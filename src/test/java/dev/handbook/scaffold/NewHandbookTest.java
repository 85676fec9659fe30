package dev.handbook.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The scaffold's list of files is its folder's: a file added to src/main/scaffold/ is written by init. */
class NewHandbookTest {
    @Test
    void theListNamesEveryFileOfTheScaffoldFolder() throws IOException {
        Path root = Path.of("src/main/scaffold");
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(f -> present.add(root.relativize(f).toString()));
        }
        assertEquals(present, new TreeSet<>(NewHandbook.FILES));
    }

    @Test
    void aTitleSlugsToLowerCaseAsciiWords() {
        assertEquals("async-rust-networking", Slug.of("Async Rust & Networking!"));
        assertEquals("deja-vu", Slug.of("Déjà Vu"));
        assertEquals("", Slug.of("日本語"));
        assertEquals("My Course", Slug.title("my-course"));
    }
}
