package dev.handbook.load;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.diag.Utf8;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a source file as UTF-8 text the same way on every platform: a byte-order mark is dropped and
 * CRLF or CR line endings become LF, so positions and output never depend on the contributor's editor.
 */
final class SourceText {
    /** Bytes read elsewhere (a messages file shipped in the jar) as text, checked as {@link #read} does. */
    static Optional<String> decode(byte[] bytes, String shownAs, Diagnostics diagnostics) {
        try {
            return Optional.of(normalize(Utf8.decode(bytes)));
        } catch (CharacterCodingException e) {
            Utf8.notUtf8(bytes, shownAs, diagnostics);
            return Optional.empty();
        }
    }

    /** Larger files are refused before parsing: no handbook page is this big, and parsers are not linear. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private SourceText() {}

    static Optional<String> read(Path path, String shownAs, Diagnostics diagnostics) {
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                diagnostics.error(SourcePosition.of(shownAs), "file is " + (size / 1024) + " KiB, larger than the "
                        + (MAX_BYTES / 1024) + " KiB limit", "split it into several pages");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            try {
                return Optional.of(normalize(Utf8.decode(bytes)));
            } catch (CharacterCodingException e) {
                Utf8.notUtf8(bytes, shownAs, diagnostics);
                return Optional.empty();
            }
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(shownAs), "cannot read file: " + e.getMessage(), "");
            return Optional.empty();
        }
    }

    static String normalize(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return text;
    }
}
