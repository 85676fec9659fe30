package dev.handbook.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Source files are UTF-8 or refused, however they are decoded. */
class Utf8Test {
    @Test
    void aReplacementCharacterWrittenOnPurposeIsText() throws CharacterCodingException {
        String text = "title: \"unknown glyph \uFFFD, \u2013 and \uD83D\uDE00\"\n";
        assertEquals(text, Utf8.decode(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void malformedBytesAreRefused() {
        assertThrows(CharacterCodingException.class, () -> Utf8.decode(new byte[] {'a', (byte) 0xC3, 'b'}));
        assertThrows(CharacterCodingException.class, () -> Utf8.decode(new byte[] {(byte) 0xFF}));
    }

    @Test
    void agreesWithAStrictDecoderOnRandomBytes() {
        Random random = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[random.nextInt(12)];
            for (int i = 0; i < bytes.length; i++) {
                // Mostly ASCII and the lead and continuation bytes of longer sequences.
                bytes[i] = (byte) (random.nextBoolean() ? random.nextInt(0x80) : 0x80 + random.nextInt(0x80));
            }
            String strict;
            try {
                strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                strict = null;
            }
            String ours;
            try {
                ours = Utf8.decode(bytes);
            } catch (CharacterCodingException e) {
                ours = null;
            }
            assertEquals(strict, ours, java.util.HexFormat.of().formatHex(bytes));
        }
    }

    /** The one diagnostic for {@code bytes}, as "line:column: message". */
    private static String notUtf8(byte[] bytes) {
        Diagnostics diagnostics = new Diagnostics();
        Utf8.notUtf8(bytes, "f.yml", diagnostics);
        Diagnostic d = diagnostics.sorted().get(0);
        assertEquals(1, diagnostics.sorted().size());
        return d.line() + ":" + d.column() + ": " + d.message();
    }

    private static byte[] bytes(String text, int bad, int at) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, out, 0, at);
        out[at] = (byte) bad;
        System.arraycopy(utf8, at, out, at + 1, utf8.length - at);
        return out;
    }

    @Test
    void theFirstBadByteIsNamedByLineColumnAndOffset() {
        String text = "items:\n  - id: a\n    text: caf\n";
        assertEquals("3:14: file is not valid UTF-8: byte 0xE9 at byte offset 30 ('\u00e9' in Latin-1) is not part"
                + " of a UTF-8 character", notUtf8(bytes(text, 0xE9, 30)));
        // Characters before it count once each, however many bytes they take; a lone CR ends a line too.
        assertEquals("2:4: file is not valid UTF-8: byte 0xFF at byte offset 10 ('\u00ff' in Latin-1) is not part"
                + " of a UTF-8 character", notUtf8(bytes("ab\r\u00e9\u20ac\u00e9x", 0xFF, 10)));
        assertEquals("3:1: file is not valid UTF-8: byte 0xFF at byte offset 6 ('\u00ff' in Latin-1) is not part"
                + " of a UTF-8 character", notUtf8(bytes("a\r\nb\r\nc", 0xFF, 6)));
        // A byte-order mark is no column; a sequence cut off at the end is bad where it starts.
        assertEquals("1:3: file is not valid UTF-8: byte 0xE2 at byte offset 5 ('\u00e2' in Latin-1) is not part of"
                + " a UTF-8 character", notUtf8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b',
                    (byte) 0xE2, (byte) 0x82}));
        assertEquals("1:2: file is not valid UTF-8: byte 0x80 at byte offset 1 is not part of a UTF-8 character",
                notUtf8(new byte[] {'a', (byte) 0x80, 'b'}));
    }
}
