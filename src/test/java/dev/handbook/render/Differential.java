package dev.handbook.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Renders one Markdown text with our renderer (before sanitising) and with cmark-gfm, normalises both, and
 * judges the difference against the allow-list. Our side's highlighting spans are taken out first: with
 * them removed, fenced code must read exactly as cmark-gfm writes it.
 */
final class Differential {
    enum Status {
        /** Same HTML after normalising. */
        MATCH,
        /** Same once the allow-listed, named differences are taken out. */
        KNOWN,
        /** Differs, and the allow-list accepts any difference for this case (with its reason). */
        ALLOWED,
        /** Differs, and nothing explains it. */
        FAILED
    }

    record Outcome(String kind, String name, String markdown, Status status, String ours, String cmarkGfm) {
        String describe() {
            return kind + ":" + name + " " + status + "\n--- markdown\n" + markdown + "--- ours (normalised)\n"
                    + ours + "\n--- cmark-gfm (normalised)\n" + cmarkGfm + "\n";
        }
    }

    private final MarkdownRenderer renderer = new MarkdownRenderer(true);
    private final CmarkGfm cmark;
    private final AllowList allowList;

    Differential(CmarkGfm cmark, AllowList allowList) {
        this.cmark = cmark;
        this.allowList = allowList;
    }

    /** Unwraps the highlighter's token spans ({@code <span class="hl-...">} inside a code block). */
    static Element withoutTokenSpans(Element body) {
        body.select("pre > code span[class^=hl-]").unwrap();
        return body;
    }

    Outcome compare(String kind, String name, String markdown) {
        Element ours = withoutTokenSpans(HtmlNormalizer.parse(renderer.renderUnsafe(markdown)));
        Element theirs = HtmlNormalizer.parse(cmark.render(markdown));
        String oursText = HtmlNormalizer.serialize(ours);
        String theirsText = HtmlNormalizer.serialize(theirs);
        if (oursText.equals(theirsText)) {
            return new Outcome(kind, name, markdown, Status.MATCH, oursText, theirsText);
        }
        List<AllowList.Entry> entries = allowList.covering(kind, name);
        List<AllowList.Entry> needed = new ArrayList<>();
        for (AllowList.Entry entry : entries) {
            if (entry.isAny()) {
                continue;
            }
            String beforeOurs = HtmlNormalizer.serialize(ours);
            String beforeTheirs = HtmlNormalizer.serialize(theirs);
            KnownDifference.byKey(entry.difference).rewrite(theirs, ours);
            if (!HtmlNormalizer.serialize(ours).equals(beforeOurs)
                    || !HtmlNormalizer.serialize(theirs).equals(beforeTheirs)) {
                needed.add(entry);
            }
        }
        String rewrittenOurs = HtmlNormalizer.serialize(ours);
        String rewrittenTheirs = HtmlNormalizer.serialize(theirs);
        needed.forEach(e -> e.usedBy.add(kind));
        if (rewrittenOurs.equals(rewrittenTheirs)) {
            return new Outcome(kind, name, markdown, Status.KNOWN, oursText, theirsText);
        }
        Optional<AllowList.Entry> any = entries.stream().filter(AllowList.Entry::isAny).findFirst();
        if (any.isPresent()) {
            any.get().usedBy.add(kind);
            return new Outcome(kind, name, markdown, Status.ALLOWED, oursText, theirsText);
        }
        return new Outcome(kind, name, markdown, Status.FAILED, rewrittenOurs, rewrittenTheirs);
    }
}
