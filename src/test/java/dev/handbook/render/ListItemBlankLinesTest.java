package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * A line of only spaces inside a fenced code block in a list item keeps the spaces beyond the item's indent,
 * as on GitHub: compared with cmark-gfm over list markers, indents, fences and places of the line.
 */
class ListItemBlankLinesTest {
    @Test
    void aLineOfSpacesBetweenTwoCommandsStaysInTheCode() {
        // Six spaces under an item indented by three: a code line of three spaces.
        String markdown = "1. Install the tools:\n\n   ```sh\n   cargo install cargo-nextest\n      \n"
                + "   cargo install cargo-audit\n   ```\n2. Run them.\n";
        // Without the highlighter's spans: the code's text is what is compared.
        String html = new MarkdownRenderer(true).renderUnsafe(markdown).replaceAll("</?span[^>]*>", "");
        assertEquals(true, html.contains("cargo-nextest\n   \ncargo install cargo-audit"), html);
        assertMatchesCmarkGfm(List.of(markdown));
    }

    @Test
    void everyShapeOfListAndFenceMatchesGithub() {
        List<String> cases = new ArrayList<>();
        // Each list marker with the prefix its continuation lines need, and what a blank line keeps of it.
        Map<String, String> continuations = new LinkedHashMap<>();
        continuations.put("- ", "  ");
        continuations.put("1. ", "   ");
        continuations.put("10. ", "    ");
        continuations.put("-   ", "    ");
        continuations.put("- - ", "    ");
        continuations.put("> - ", ">   ");
        continuations.put("- > ", "  > ");
        continuations.forEach((marker, continuation) -> {
            String blankPrefix = continuation.contains(">") ? continuation.substring(0, continuation.indexOf('>') + 1)
                    : "";
            for (String fence : List.of("```", "~~~")) {
                for (String blank : List.of("", " ", "  ", "   ", "    ", "      ", "         ")) {
                    for (int position = 0; position < 3; position++) {
                        List<String> code = new ArrayList<>(List.of(continuation + "one", continuation + "two"));
                        code.add(position, blankPrefix + blank);
                        cases.add(marker + fence + "sh\n" + String.join("\n", code) + "\n" + continuation + fence
                                + "\n- next\n");
                    }
                }
            }
        });
        // Indented code and paragraphs around blank lines too: the spaces beyond the indent reach them as well.
        cases.add("- a\n\n      code\n        \n      more\n");
        cases.add("- a\n    \n  b\n");
        cases.add("- a\n\n  ```\n  x\n    \n");
        assertMatchesCmarkGfm(cases);
    }

    @Test
    void commonmarkJavaStillDropsTheSpaces() {
        // When this fails, commonmark-java keeps the spaces itself: delete ListItemBlankLines and this test.
        Parser parser = Parser.builder().build();
        String html = HtmlRenderer.builder().build().render(parser.parse("- ```\n    \n  ```\n"));
        assertEquals("<ul>\n<li>\n<pre><code>\n</code></pre>\n</li>\n</ul>\n", html);
    }

    private static void assertMatchesCmarkGfm(List<String> cases) {
        Differential differential = new Differential(CmarkGfm.require(), AllowList.parse(""));
        List<String> failures = new ArrayList<>();
        for (String markdown : cases) {
            Differential.Outcome outcome = differential.compare("list-blank-line", "case", markdown);
            if (outcome.status() != Differential.Status.MATCH) {
                failures.add(outcome.describe());
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + cases.size() + " differ");
    }
}
