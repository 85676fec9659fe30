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

    private static final Pattern BACK_LABEL = Pattern.compile("aria-label=\"Back to reference ([0-9-]+)\"");
    /** GitHub's label on a link back to a footnote's reference; {ref} is its number ("1", or "1-2"). */
    static final String GITHUB_LABEL = "Back to reference {ref}";

    private FootnoteBackrefs() {}

    static String likeGithub(String html) {
        if (!html.contains("data-footnote-backref")) {
            return html;
        }
        return NUMBER_BEFORE_ARROW.matcher(html).replaceAll("$1\u21A9$2</a>");
    }

    /** {@link #likeGithub} with the links back labelled {@code label} ({ref}: the reference), in the site's language. */
    static String labelled(String html, String label) {
        String github = likeGithub(html);
        if (label.equals(GITHUB_LABEL) || !github.contains("data-footnote-backref")) {
            return github;
        }
        return BACK_LABEL.matcher(github).replaceAll(m -> java.util.regex.Matcher.quoteReplacement("aria-label=\""
                + freemarker.core.HTMLOutputFormat.INSTANCE.escapePlainText(label.replace("{ref}", m.group(1))) + "\""));
    }
}
