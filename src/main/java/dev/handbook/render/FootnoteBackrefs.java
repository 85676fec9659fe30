package dev.handbook.render;

import java.util.regex.Pattern;

/**
 * The one place commonmark-java's footnote markup differs from GitHub's: a definition referenced more than
 * once links back to each reference, and GitHub writes the number after the arrow ({@code ↩<sup>2</sup>}),
 * commonmark-java before it. Its renderer has no hook for that, so the rendered HTML is corrected here.
 */
final class FootnoteBackrefs {
    private static final Pattern NUMBER_BEFORE_ARROW = Pattern.compile(
            "(<a href=\"#fnref[^\"]*\" class=\"footnote-backref\"[^>]*>)(<sup class=\"footnote-ref\">\\d+</sup>)"
                    + "\u21A9</a>");

    private FootnoteBackrefs() {}

    static String likeGithub(String html) {
        if (!html.contains("data-footnote-backref")) {
            return html;
        }
        return NUMBER_BEFORE_ARROW.matcher(html).replaceAll("$1\u21A9$2</a>");
    }
}
