package dev.handbook.load;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
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
            byte[] bytes = Files.readAllBytes(path);
            try {
                return Optional.of(normalize(decode(bytes)));
            } catch (CharacterCodingException e) {
                notUtf8(bytes, shownAs, diagnostics);
                return Optional.empty();
            }
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

    /** Names the first byte that is not UTF-8: its line and column, its offset in the file and its value. */
    static void notUtf8(byte[] bytes, String shownAs, Diagnostics diagnostics) {
        int offset = firstMalformedByte(bytes);
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i < offset; i++) {
            // Line ends as normalize() counts them: LF, CRLF or a lone CR.
            if (bytes[i] == '\n' || (bytes[i] == '\r' && bytes[i + 1] != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        if (line == 1 && offset >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            lineStart = 3; // the byte-order mark is not a column
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        int value = bytes[offset] & 0xFF;
        String asLatin1 = value >= 0xA0 ? " ('" + (char) value + "' in Latin-1)" : "";
        diagnostics.error(new SourcePosition(shownAs, line, column), String.format("file is not valid UTF-8: byte"
                + " 0x%02X at byte offset %d%s is not part of a UTF-8 character", value, offset, asLatin1),
                "save the file with UTF-8 encoding (most editors offer it under 'Save with Encoding' or"
                        + " 'Reopen with Encoding')");
    }

    /** The offset of the first byte a strict UTF-8 decoder refuses; the text must hold one. */
    static int firstMalformedByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // At end of input an unfinished sequence is an error too, reported where it starts.
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, CharBuffer.allocate(bytes.length), true);
        return Math.min(in.position(), bytes.length - 1);
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
