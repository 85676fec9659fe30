package dev.handbook.render;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URLs in a piece of raw HTML (an {@code <img src>}, {@code <a href>}, {@code <video poster>},
 * {@code <img srcset>}), resolved like the destinations of Markdown links: a path to another page or a file
 * is checked and rewritten for where the page is published, so raw HTML can neither point outside content/
 * nor at nothing without a located error (issue 20). Only what reaches readers is checked: with the
 * sanitiser, {@code <a href>} and {@code <img src>} (it removes the rest, and says so); with trusted HTML,
 * every such attribute. A URL with a scheme, or one hidden behind character references, is left to the URL
 * policy and the sanitiser.
 */
final class RawHtmlLinks {
    /** A start tag: its name, and its attributes. */
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)(\\s[^>]*)?>");
    /** An attribute that holds a URL (srcset: several), with its value quoted either way or bare. */
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(?i)(?<=[\\s\"'])(src|href|poster|srcset)\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))");
    /** One candidate of a srcset: its URL, then its size. */
    private static final Pattern CANDIDATE = Pattern.compile("\\s*([^\\s,]+)([^,]*)");

    private RawHtmlLinks() {}

    /** Resolves a URL found at {@code offset} in the HTML; returns what to publish. */
    @FunctionalInterface
    interface Resolver {
        String resolve(String url, boolean image, int offset);
    }

    /** @param trusted whether the HTML is published as written (no sanitiser): then every URL attribute counts */
    static String resolve(String html, boolean trusted, Resolver resolver) {
        StringBuilder out = new StringBuilder(html.length());
        int last = 0;
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String element = tag.group(1).toLowerCase(Locale.ROOT);
            if (tag.group(2) == null) {
                continue;
            }
            Matcher m = ATTRIBUTE.matcher(html).region(tag.start(2) - 1, tag.end(2));
            while (m.find()) {
                String name = m.group(1).toLowerCase(Locale.ROOT);
                int group = m.group(3) != null ? 3 : m.group(4) != null ? 4 : 5;
                String value = m.group(group);
                if (!published(element, name, trusted) || hidden(value)) {
                    continue;
                }
                boolean image = !name.equals("href");
                String resolved = name.equals("srcset") ? srcset(value, m.start(group), resolver)
                        : resolver.resolve(value, image, m.start(group));
                out.append(html, last, m.start(group)).append(encode(resolved, value));
                last = m.end(group);
            }
        }
        return last == 0 ? html : out.append(html, last, html.length()).toString();
    }

    /** Whether this attribute of this element reaches readers: the sanitiser keeps a[href] and img[src]. */
    private static boolean published(String element, String attribute, boolean trusted) {
        return trusted || element.equals("a") && attribute.equals("href")
                || element.equals("img") && attribute.equals("src");
    }

    /** A value the URL policy and the sanitiser judge: a character reference, a control character, a scheme. */
    private static boolean hidden(String value) {
        if (value.indexOf('&') >= 0 || value.chars().anyMatch(c -> c < 0x20)) {
            return true;
        }
        int colon = value.indexOf(':');
        int path = value.strip().replaceAll("[/?#].*", "").length();
        return colon >= 0 && colon < path || value.strip().startsWith("//");
    }

    private static String srcset(String value, int start, Resolver resolver) {
        Matcher m = CANDIDATE.matcher(value);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find() && m.end() > m.start()) {
            out.append(value, last, m.start(1)).append(resolver.resolve(m.group(1), true, start + m.start(1)));
            last = m.end(1);
        }
        return out.append(value, last, value.length()).toString();
    }

    /** The published value: the original text when nothing changed, else escaped for any quoting. */
    private static String encode(String resolved, String original) {
        if (resolved.equals(original)) {
            return original;
        }
        return resolved.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
