package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Stored ticks carry these hashes: the whitespace loop must collapse exactly as the regex it replaced. */
class TextHashTest {
    @Test
    void collapsingMatchesTheRegularExpression() {
        Random random = new Random(7);
        String alphabet = "ab \t\n\u000B\f\r\u00a0\u2003Z.";
        List<String> fixed = List.of("", " ", "a  b", "a\t\n b", " a ", "a\u00a0 b", "\r\n");
        for (String text : fixed) {
            assertEquals(text.replaceAll("\\s+", " "), TextHash.collapsed(text), text);
        }
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(10); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(text.toString().replaceAll("\\s+", " "), TextHash.collapsed(text.toString()), text.toString());
        }
    }

    @Test
    void hashesAreThoseOfTheRegularExpressionVersion() {
        for (String text : List.of("Rust  toolchain,\n rustup", "  Ship it ", "Tabs\tand\r\nbreaks", "Ünïcode\u2003space")) {
            assertEquals(reference(text), TextHash.of(text), text);
        }
    }

    /** TextHash.of as it was, with the regular expression. */
    private static String reference(String text) {
        String normal = text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        int hash = 0x811c9dc5;
        for (int i = 0; i < normal.length(); i++) {
            hash ^= normal.charAt(i);
            hash *= 0x01000193;
        }
        return Long.toString(hash & 0xffffffffL, 36);
    }
}
