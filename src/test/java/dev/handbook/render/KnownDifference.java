package dev.handbook.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A difference from cmark-gfm that we make on purpose, as a rewrite of both parsed outputs that removes
 * exactly that difference and nothing else. known-differences.txt says where each applies and why.
 */
enum KnownDifference {
    /**
     * Alerts are not cmark-gfm's: github.com turns {@code <blockquote><p>[!NOTE]} into its alert markup
     * after rendering. The cmark-gfm side gets that post-processing here (written from GitHub's documented
     * behaviour, independently of our extension); the Octicon in our title is left out of the comparison.
     */
    ALERTS("alerts") {
        private final Pattern marker = Pattern.compile("^\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)][ \\t]*(?:\\n|$)",
                Pattern.CASE_INSENSITIVE);

        @Override
        void rewrite(Element cmarkGfm, Element ours) {
            ours.select(".markdown-alert-title > svg.octicon").remove();
            for (Element quote : cmarkGfm.select("blockquote")) {
                Element first = quote.firstElementChild();
                if (first == null || !first.normalName().equals("p") || first.childNodeSize() == 0
                        || !(first.childNode(0) instanceof TextNode text) || !firstNodeIsFirstContent(quote)) {
                    continue;
                }
                Matcher m = marker.matcher(text.getWholeText());
                if (!m.find()) {
                    continue;
                }
                String type = m.group(1).toLowerCase(Locale.ROOT);
                text.text(text.getWholeText().substring(m.end()));
                if (first.text().isBlank() && first.children().isEmpty()) {
                    first.remove();
                }
                Element alert = new Element("div").attr("class", "markdown-alert markdown-alert-" + type);
                alert.appendElement("p").attr("class", "markdown-alert-title")
                        .text(type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1));
                alert.insertChildren(-1, quote.childNodesCopy());
                quote.replaceWith(alert);
            }
        }

        private boolean firstNodeIsFirstContent(Element quote) {
            for (Node node : quote.childNodes()) {
                if (node instanceof Element) {
                    return true;
                }
                if (node instanceof TextNode t && !t.isBlank()) {
                    return false;
                }
            }
            return false;
        }
    },

    /**
     * Debian's cmark-gfm 0.29.0.gfm.6 labels every footnote back-link "Back to content"; later cmark-gfm
     * releases and github.com say "Back to reference 1" ("1-2" for a second reference) and add
     * data-footnote-backref-idx, as commonmark-java does. The label text is left out of the comparison
     * (the golden tests pin ours).
     */
    FOOTNOTE_BACKREF_LABEL("footnote-backref-label") {
        @Override
        void rewrite(Element cmarkGfm, Element ours) {
            for (Element side : new Element[] {cmarkGfm, ours}) {
                side.select("a.footnote-backref").removeAttr("aria-label").removeAttr("data-footnote-backref-idx");
            }
        }
    };

    final String key;

    KnownDifference(String key) {
        this.key = key;
    }

    /** Removes this difference from both parsed outputs, in place. */
    abstract void rewrite(Element cmarkGfm, Element ours);

    static KnownDifference byKey(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown difference '" + key + "'; known: any, "
                        + Arrays.stream(values()).map(d -> d.key).toList()));
    }
}
