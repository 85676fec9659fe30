package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GitHub's extended autolinks against cmark-gfm: the cases where commonmark-java's autolinker differed (GFM
 * spec examples 625, 626 and 631 and their neighbours), and random prose made of the characters the rules turn
 * on. Each case must render exactly as cmark-gfm renders it, with no allow-list.
 */
class AutolinkDifferentialTest {
    /** Pieces of random prose: link starts, the characters the end rules look at, words and spaces. */
    private static final List<String> PIECES = List.of("www.", "http://", "https://", "ftp://", "a", "b", "x", "1",
            "é", "_", "-", ".", "@", "(", ")", "&", ";", "hl", " ", "<", "!", "?", ",", ":", "'", "\"", "/", "+",
            "=", "[", "]", "mailto:");

    private static Differential differential;

    @BeforeAll
    static void setUp() {
        differential = new Differential(CmarkGfm.require(), AllowList.parse(""));
    }

    @Test
    void aWwwLinkRunsPastAnUnbalancedParenthesisInsideIt() {
        assertMatches("www.google.com/search?q=(business))+ok", "see www.a.com/x)y now",
                "https://a.com/x)y)", "(www.google.com/search?q=Markup+(business)))", "www.a.com/(x))).");
    }

    @Test
    void anEntityLikeEndingIsLeftOutOfTheLink() {
        assertMatches("www.google.com/search?q=commonmark&hl;", "https://a.com/x&hl;", "www.a.com/x&1;",
                "www.a.com/x&;", "www.a.com/q?a=1&b=2;");
    }

    @Test
    void anAddressEndingInADashOrUnderscoreIsNoLink() {
        assertMatches("a.b-c_d@a.b_", "a.b-c_d@a.b-", "mail a.b-c_d@a.b.", "a_b@c_d.com", "a@b.c_d.com",
                "a@b.co1", "x/a@b.com", "a@b@c.com", "foo_bar@example.com");
    }

    @Test
    void linksInsideBracketsAndAfterOtherMarkup() {
        assertMatches("[www.a.com]", "[x www.a.com", "[a] www.a.com", "**x**www.a.com", "`c`www.a.com",
                "[l](u)www.a.com", "- [ ] www.a.com", "| a |\n|---|\n| www.a.com) |", "xwww.a.com", "xhttp://a.com");
    }

    @Test
    void randomProseRendersAsOnGithub() {
        Random random = new Random(Long.getLong("handbook.autolink.seed", 20L));
        int runs = Integer.getInteger("handbook.autolink.runs", 400);
        List<String> failures = new ArrayList<>();
        for (int batch = 0; batch < runs / 50; batch++) {
            StringBuilder page = new StringBuilder();
            List<String> paragraphs = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                StringBuilder text = new StringBuilder("p ");
                for (int n = 1 + random.nextInt(10); n > 0; n--) {
                    text.append(PIECES.get(random.nextInt(PIECES.size())));
                }
                paragraphs.add(text.toString());
                page.append(text).append("\n\n");
            }
            if (differential.compare("autolink", "batch " + batch, page.toString()).status()
                    != Differential.Status.MATCH) {
                // Name the paragraphs that differ, one by one.
                for (String paragraph : paragraphs) {
                    Differential.Outcome one = differential.compare("autolink", "random", paragraph + "\n");
                    // GitHub finds links in the source, before emphasis; we find them in the parsed text (a
                    // known difference, see GithubAutolinks), so a paragraph with emphasis is not compared.
                    if (one.status() != Differential.Status.MATCH && !hasEmphasis(one.ours())
                            && !hasEmphasis(one.cmarkGfm())) {
                        failures.add(one.describe());
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    private static boolean hasEmphasis(String html) {
        return html.contains("<em>") || html.contains("<strong>");
    }

    private static void assertMatches(String... markdown) {
        List<String> failures = new ArrayList<>();
        for (String text : markdown) {
            Differential.Outcome outcome = differential.compare("autolink", text, text + "\n");
            if (outcome.status() != Differential.Status.MATCH) {
                failures.add(outcome.describe());
            }
        }
        assertEquals(List.of(), failures);
    }
}
