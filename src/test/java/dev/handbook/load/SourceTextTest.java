package dev.handbook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Source files are UTF-8 or refused, however they are decoded. */
class SourceTextTest {
    @Test
    void aReplacementCharacterWrittenOnPurposeIsText() throws CharacterCodingException {
        String text = "title: \"unknown glyph \uFFFD, \u2013 and \uD83D\uDE00\"\n";
        assertEquals(text, SourceText.decode(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void malformedBytesAreRefused() {
        assertThrows(CharacterCodingException.class, () -> SourceText.decode(new byte[] {'a', (byte) 0xC3, 'b'}));
        assertThrows(CharacterCodingException.class, () -> SourceText.decode(new byte[] {(byte) 0xFF}));
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
                ours = SourceText.decode(bytes);
            } catch (CharacterCodingException e) {
                ours = null;
            }
            assertEquals(strict, ours, java.util.HexFormat.of().formatHex(bytes));
        }
    }
}
