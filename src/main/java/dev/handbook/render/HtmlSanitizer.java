package dev.handbook.render;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allow-list every page body passes through when its Markdown contains raw HTML. Contributor content
 * is untrusted: a script on a shared github.io origin could read or wipe every handbook's progress.
 */
final class HtmlSanitizer {
    private static final String BASE = "https://handbook.invalid/";

    /**
     * Made on first use: most pages have no raw HTML, and a build whose pages have none does not load jsoup's
     * safety classes at all. Read-only once made, so the render threads share it.
     */
    private static final class Rules {
        static final Safelist SAFELIST = safelist();
    }

    private static Safelist safelist() {
        Safelist s = new Safelist()
                .addTags("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd",
                        "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3",
                        "h4", "h5", "h6", "hr", "i", "img", "input", "ins", "kbd", "li", "mark", "ol", "p", "pre",
                        "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "span", "strike", "strong", "sub",
                        "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var",
                        // Alert icons: an inline SVG of one path; no script, link or style can ride on these.
                        "svg", "path")
                .addAttributes("svg", "class", "viewbox", "width", "height", "aria-hidden", "version")
                .addAttributes("path", "d", "fill-rule")
                .addAttributes(":all", "title", "lang", "dir", "id")
                .addAttributes("a", "href", "class", "data-footnote-ref", "data-footnote-backref",
                        "data-footnote-backref-idx", "aria-label")
                .addAttributes("img", "src", "alt", "width", "height", "loading")
                .addAttributes("input", "type", "checked", "disabled")
                .addAttributes("td", "align", "colspan", "rowspan")
                .addAttributes("th", "align", "colspan", "rowspan", "scope")
                .addAttributes("ol", "start", "type")
                .addAttributes("code", "class")
                .addAttributes("div", "class")
                .addAttributes("p", "class")
                .addAttributes("span", "class")
                .addAttributes("sup", "class")
                .addAttributes("li", "class")
                .addAttributes("section", "class", "data-footnotes")
                .addAttributes("details", "open")
                .addEnforcedAttribute("input", "disabled", "disabled")
                .addEnforcedAttribute("input", "type", "checkbox")
                .addProtocols("a", "href", "http", "https", "mailto", "#")
                .addProtocols("img", "src", "http", "https", "data");
        return s.preserveRelativeLinks(true);
    }

    String clean(String bodyHtml) {
        Document dirty = Jsoup.parseBodyFragment(bodyHtml, BASE);
        // Only task-list checkboxes may stay: any other input (a password field, a text box) goes.
        dirty.select("input:not([type=checkbox])").remove();
        Document clean = new Cleaner(Rules.SAFELIST).clean(dirty);
        for (Element img : clean.select("img[src]")) {
            if (!UrlPolicy.isAllowed(img.attr("src"), true)) {
                img.removeAttr("src");
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** What {@link #clean} would remove from one raw HTML snippet, as short phrases for a warning. */
    List<String> removals(String rawHtml) {
        List<String> out = new ArrayList<>();
        Document doc = Jsoup.parseBodyFragment(rawHtml, BASE);
        for (Element el : doc.body().getAllElements()) {
            if (el == doc.body()) {
                continue;
            }
            if (!Rules.SAFELIST.isSafeTag(el.normalName())
                    || (el.normalName().equals("input") && !"checkbox".equalsIgnoreCase(el.attr("type")))) {
                out.add("<" + el.normalName() + ">");
                continue;
            }
            for (Attribute attr : el.attributes()) {
                if (!Rules.SAFELIST.isSafeAttribute(el.normalName(), el, attr)) {
                    out.add("attribute '" + attr.getKey() + "' on <" + el.normalName() + ">");
                } else if ((attr.getKey().equals("src") && !UrlPolicy.isAllowed(attr.getValue(), true))) {
                    out.add("attribute 'src' on <" + el.normalName() + ">");
                }
            }
        }
        return out;
    }
}
