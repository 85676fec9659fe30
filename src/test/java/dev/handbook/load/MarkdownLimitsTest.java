package dev.handbook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.Markdown;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The limits' scans give the verdicts the plain regular expressions they replaced gave. */
class MarkdownLimitsTest {
    private static final Pattern PREFIX = Pattern.compile("\\G[ \\t]{0,3}(?:>|[-+*](?=[ \\t])|\\d{1,9}[.)](?=[ \\t]))[ \\t]*");
    private static final Pattern TAG = Pattern.compile("<[A-Za-z/!?]");
    private static final String PIECES = "> - + * 1. 2) 12345. \t  a b < <a </ <! <? <1 <  \n";

    /** The check as it was: the pattern on every line, and every tag counted by a pattern. */
    private static boolean reference(String text) {
        for (String line : text.split("\n", -1)) {
            Matcher m = PREFIX.matcher(line);
            int depth = 0;
            while (m.find()) {
                depth++;
            }
            if (depth > MarkdownLimits.MAX_NESTING) {
                return false;
            }
        }
        Matcher tags = TAG.matcher(text);
        int count = 0;
        while (tags.find()) {
            if (++count > MarkdownLimits.MAX_HTML_TAGS) {
                return false;
            }
        }
        return true;
    }

    @Test
    void agreesWithThePatternsOnRandomText() {
        Random random = new Random(3);
        int refused = 0;
        String[] pieces = PIECES.split("(?<= )|(?=\n)");
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            // Sometimes deep nesting, sometimes many tags, so both limits are crossed in some rounds.
            int deep = random.nextInt(4) == 0 ? MarkdownLimits.MAX_NESTING - 2 + random.nextInt(4) : 0;
            text.append("  ").append("> ".repeat(deep)).append("- ".repeat(random.nextInt(2)));
            int tags = random.nextInt(4) == 0 ? MarkdownLimits.MAX_HTML_TAGS - 1 + random.nextInt(3) : 0;
            text.append("<b".repeat(tags));
            for (int i = random.nextInt(80); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String source = text.toString();
            boolean ours = MarkdownLimits.check(new Markdown(source, new SourcePosition("p.md", 1, 1)),
                    new Diagnostics());
            assertEquals(reference(source), ours, source.length() > 200 ? source.substring(0, 200) : source);
            refused += ours ? 0 : 1;
        }
        assertEquals(true, refused > 300 && refused < 2_700, "both verdicts are tried: " + refused + " refused");
    }
}
