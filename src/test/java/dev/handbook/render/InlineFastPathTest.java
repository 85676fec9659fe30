package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.Markdown;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain item texts skip the parser; the HTML must be exactly what a parse gives. */
class InlineFastPathTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer(false);

    private String inline(String text) {
        return renderer.renderInline(new Markdown(text, new SourcePosition("x.yml", 1, 1)), LinkResolver.AS_WRITTEN,
                new Diagnostics());
    }

    @Test
    void plainTextRendersAsAParseWould() {
        for (String text : List.of("Rust toolchain, rustup, cargo, clippy, rustfmt", "Ship it", "Ask \"why\" (twice)?",
                "Tom's notes; done.", "Git workflow branching", "A/B tests", "Caf\u00e9 ol\u00e9", "Step 2 of 3")) {
            String parsed = renderer.renderInline(new Markdown(text + "\u200b", new SourcePosition("x", 1, 1)),
                    LinkResolver.AS_WRITTEN, new Diagnostics()).replace("\u200b", "");
            assertEquals(parsed, inline(text), text);
        }
    }

    @Test
    void plainTextForTheSearchIndexIsWhatAParseGives() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "aaZZéé22  ,.;'\"()?/*_&:@w\n";
        List<String> texts = new java.util.ArrayList<>(List.of("Ship it", "Tom's notes; done.", "Caf\u00e9 ol\u00e9",
                "Step 2 of 3", "A/B tests", "Ask \"why\" (twice)?"));
        for (int i = 0; i < 3_000; i++) {
            texts.add("a" + RandomText.of(random, alphabet, 10));
        }
        int plain = 0;
        for (String text : texts) {
            if (!MarkdownRenderer.isPlainText(text)) {
                continue; // the parse, as before
            }
            plain++;
            // A zero-width space is not plain, so it sends the same text through the parser.
            String parsed = renderer.plainText(new Markdown(text + "\u200b", new SourcePosition("x", 1, 1)))
                    .replace("\u200b", "");
            assertEquals(parsed, renderer.plainText(new Markdown(text, new SourcePosition("x", 1, 1))), text);
        }
        assertTrue(plain > 500, "plain texts checked: " + plain);
    }

    /** The regular expression the scan replaced: the scan must say yes to exactly the same texts. */
    static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile(
            "(?!.*www\\.)\\p{L}(?:[\\p{L}\\p{N},.;'\"()?/]| (?=\\S))*[\\p{L}\\p{N}.,;'\"()?/]?");

    @Test
    void theScanAgreesWithTheRegularExpressionItReplaced() {
        java.util.Random random = new java.util.Random(42);
        String alphabet = "aZé2½Ⅻ ,.;'\"()?/\t\n*_`[]<>&:@w#-!\u000B\f\r\uD835\uDC00";
        List<String> texts = new java.util.ArrayList<>(List.of("", " ", "a", "a ", "a  b", "a b", "1a", "a\tb",
                "Ship it", "see www.x", "wwwa", "a.", "Éa", "a½", "\uD835\uDC00bc", "a \u00a0b"));
        for (int i = 0; i < 20_000; i++) {
            texts.add(RandomText.of(random, alphabet, 8));
        }
        for (String text : texts) {
            assertEquals(REFERENCE.matcher(text).matches(), MarkdownRenderer.isPlainText(text), "'" + text + "'");
        }
    }

    @Test
    void anythingThatMightBeMarkupIsParsed() {
        assertEquals("Use <code>cargo</code>", inline("Use `cargo`"));
        assertEquals("<em>a</em>", inline("*a*"));
        assertEquals("See <a href=\"http://www.rust-lang.org\">www.rust-lang.org</a>", inline("See www.rust-lang.org"));
        assertEquals("a &amp; b", inline("a & b"));
        assertEquals("Fish &amp; chips", inline("Fish &amp; chips"));
        assertEquals("Mail <a href=\"mailto:me@example.com\">me@example.com</a>", inline("Mail me@example.com"));
    }
}
