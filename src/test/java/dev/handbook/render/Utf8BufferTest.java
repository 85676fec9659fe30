package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pages encoded as the template writes them are byte for byte what String.getBytes(UTF_8) makes. */
class Utf8BufferTest {
    private static final String PIECES = "a<>&\"'\n–—·é€😀\uD83D\uDE00\uD800\uDC00\u07FF\u0800\uFFFF";

    @Test
    void matchesTheJdksEncoderOnRandomPiecesWrittenInRandomSplits() {
        Random random = new Random(11);
        for (int round = 0; round < 5_000; round++) {
            String page = RandomText.of(random, PIECES, 60);
            Utf8Buffer out = new Utf8Buffer(1);
            int at = 0;
            while (at < page.length()) {
                int n = 1 + random.nextInt(page.length() - at);
                switch (random.nextInt(3)) {
                    case 0 -> out.write(page, at, n);
                    case 1 -> out.write(page.toCharArray(), at, n);
                    default -> {
                        n = 1;
                        out.write(page.charAt(at));
                    }
                }
                at += n;
            }
            assertArrayEquals(page.getBytes(StandardCharsets.UTF_8), out.toByteArray(), page);
        }
    }

    @Test
    void aLongAsciiRunAfterAWideCharacterFits() {
        String page = "–" + "x".repeat(100_000) + "😀" + "y".repeat(3);
        Utf8Buffer out = new Utf8Buffer(4);
        out.write(page, 0, page.length());
        assertArrayEquals(page.getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }
}
