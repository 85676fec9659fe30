package dev.handbook.output;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a file's content to {@code file}, which the output folder has created or chosen for it. */
@FunctionalInterface
interface FileWriting {
    void to(Path file) throws IOException;
}
