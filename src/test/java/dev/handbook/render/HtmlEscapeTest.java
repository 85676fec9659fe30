package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

/** The navigation's escaping is jsoup's Entities.escape, which it replaced, character for character. */
class HtmlEscapeTest {
    @Test
    void everyCharacterOfTheBasicPlaneAloneIsEscapedAsJsoupDoes() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = "a" + (char) c + "b";
            assertEquals(Entities.escape(s), HtmlEscape.text(s), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void randomMixesOfSpecialCharactersAndSurrogatesMatchJsoup() {
        String pieces = "a<>&\"' \t\n\r\u0000\u001f\u007f\u00a0é–😀\uD83D\uDE00\uD800\uDC00\uDBFF\uDFFF";
        Random random = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            String s = RandomText.of(random, pieces, 12);
            assertEquals(Entities.escape(s), HtmlEscape.text(s), s.codePoints().mapToObj(Integer::toHexString).toList()
                    .toString());
        }
    }

    @Test
    void plainTextIsReturnedAsItIs() {
        String title = "Phase 3 – Ownership 😀";
        assertSame(title, HtmlEscape.text(title));
    }
}
