package dev.handbook.render;

import java.util.regex.Pattern;

/**
 * GitHub's tag filter (GFM spec, "Disallowed Raw HTML"): these tags are neutralised in raw HTML by
 * escaping their opening '<', exactly as cmark-gfm's tagfilter extension does.
 */
final class TagFilter {
    private static final Pattern DISALLOWED = Pattern.compile(
            "<(/?)(title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)(?=[\\s/>]|$)",
            Pattern.CASE_INSENSITIVE);

    private TagFilter() {}

    static String apply(String rawHtml) {
        if (rawHtml.indexOf('<') < 0) {
            return rawHtml;
        }
        return DISALLOWED.matcher(rawHtml).replaceAll("&lt;$1$2");
    }
}
