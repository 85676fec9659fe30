package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void anythingThatMightBeMarkupIsParsed() {
        assertEquals("Use <code>cargo</code>", inline("Use `cargo`"));
        assertEquals("<em>a</em>", inline("*a*"));
        assertEquals("See <a href=\"http://www.rust-lang.org\">www.rust-lang.org</a>", inline("See www.rust-lang.org"));
        assertEquals("a &amp; b", inline("a & b"));
        assertEquals("Fish &amp; chips", inline("Fish &amp; chips"));
        assertEquals("Mail <a href=\"mailto:me@example.com\">me@example.com</a>", inline("Mail me@example.com"));
    }
}
