package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Running heads are contributor text printed inside a style element: nothing may escape the string. */
class CssStringTest {
    @Test
    void plainTextIsQuotedAsItIs() {
        assertEquals("\"Phase 3 · Web Back-end Services\"", CssString.quote("Phase 3 · Web Back-end Services"));
    }

    @Test
    void quotesBackslashesAndLineBreaksAreEscaped() {
        assertEquals("\"say \\22 hi\\22  \\5c  a\\a b\"", CssString.quote("say \"hi\" \\ a\nb"));
    }

    @Test
    void markupCannotCloseTheStyleElement() {
        String css = CssString.quote("</style><script>alert(1)</script>");
        assertFalse(css.contains("<"), css);
        assertFalse(css.contains(">"), css);
        assertEquals("\"\\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e \"", css);
    }
}
