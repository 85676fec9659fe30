package dev.handbook.load;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a source file as UTF-8 text the same way on every platform: a byte-order mark is dropped and
 * CRLF or CR line endings become LF, so positions and output never depend on the contributor's editor.
 */
final class SourceText {
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
            return Optional.of(normalize(decode(Files.readAllBytes(path))));
        } catch (CharacterCodingException e) {
            diagnostics.error(SourcePosition.of(shownAs), "file is not valid UTF-8", "save it with UTF-8 encoding");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(shownAs), "cannot read file: " + e.getMessage(), "");
            return Optional.empty();
        }
    }

    /**
     * UTF-8 text, refusing malformed bytes. The JDK's own decoding is several times faster than a strict
     * decoder; it turns malformed bytes into U+FFFD, so only text holding that character is checked again.
     */
    static String decode(byte[] bytes) throws CharacterCodingException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        }
        return text;
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
