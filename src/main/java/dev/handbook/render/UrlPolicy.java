package dev.handbook.render;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which URL schemes contributor content may use. The scheme is judged the way a browser reads it:
 * after entity decoding (the Markdown parser has done that), ignoring case and the control characters
 * and spaces a browser skips, so "JaVa&#x09;script:" is caught.
 */
final class UrlPolicy {
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

    private UrlPolicy() {}

    /** The scheme in lower case, or "" for a relative URL. */
    static String scheme(String url) {
        StringBuilder visible = new StringBuilder(url.length());
        for (int i = 0; i < url.length() && visible.length() < 40; i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != 0x7f) {
                visible.append(c);
            }
        }
        Matcher m = SCHEME.matcher(visible.toString().toLowerCase(Locale.ROOT));
        return m.find() ? m.group(1) : "";
    }

    static boolean isAllowed(String url, boolean image) {
        String scheme = scheme(url);
        if (scheme.isEmpty()) {
            return true;
        }
        if (image && scheme.equals("data")) {
            return url.trim().toLowerCase(Locale.ROOT).startsWith("data:image/");
        }
        return (image ? IMAGE_SCHEMES : LINK_SCHEMES).contains(scheme);
    }
}
