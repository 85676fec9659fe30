package dev.handbook.diag;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Source files are UTF-8 or refused: the content's files and the theme's templates alike. A file that is
 * not is reported at its first bad byte, so the contributor can find it in any editor.
 */
public final class Utf8 {
    private Utf8() {}

    /**
     * UTF-8 text, refusing malformed bytes. The JDK's own decoding is several times faster than a strict
     * decoder; it turns malformed bytes into U+FFFD, so only text holding that character is checked again.
     */
    public static String decode(byte[] bytes) throws CharacterCodingException {
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
    public static void notUtf8(byte[] bytes, String shownAs, Diagnostics diagnostics) {
        int offset = firstMalformedByte(bytes);
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i < offset; i++) {
            // Line ends as the loaders count them: LF, CRLF or a lone CR.
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
    private static int firstMalformedByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // At end of input an unfinished sequence is an error too, reported where it starts.
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, CharBuffer.allocate(bytes.length), true);
        return Math.min(in.position(), bytes.length - 1);
    }
}
