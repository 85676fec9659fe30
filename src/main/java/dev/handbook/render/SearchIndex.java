package dev.handbook.render;

import dev.handbook.memo.Memo;
import dev.handbook.model.ChecklistItem;
import dev.handbook.model.Handbook;
import dev.handbook.model.Heading;
import dev.handbook.model.Page;
import dev.handbook.model.RenderedPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The search index, built with the site: every page, every heading of a page's body, every checklist
 * item (and self-review item) and every mastery check, as plain text with the anchor it lives at.
 *
 * <p>It is published as a script ({@value #FILE}) that assigns {@code window.handbookSearch}, not as
 * JSON: a handbook opened from disk (file://) cannot fetch a JSON file, but it can load a script. The
 * data is arrays rather than objects to keep the file small:
 * <pre>{"v":1,"pages":[[path, title], ...],
 *  "entries":[[page index, anchor, kind, title, text], ...]}</pre>
 * where kind is {@code p} (page), {@code h} (heading), {@code i} (checklist item) or {@code m}
 * (mastery check), anchor is an element id on the page ("" for the page itself), and paths are relative
 * to the site root, so the index works under any sub-path.
 */
public final class SearchIndex {
    /** Where the index is published, relative to the site root. */
    public static final String FILE = "search-index.js";
    /** Bumped when the shape above changes, so templates/assets/search.js can tell. */
    static final int VERSION = 1;
    private static final int BATCH = 256;

    private final MarkdownRenderer markdown;
    private final Memo memo;
    private final Texts texts;

    /**
     * @param memo each page's entries, kept while the page and its headings are the same: the dev server
     *             makes the index again after a save, and turning every item's Markdown into plain text
     *             again is most of its cost
     */
    public SearchIndex(MarkdownRenderer markdown, Memo memo, Texts texts) {
        this.markdown = markdown;
        this.memo = memo;
        this.texts = texts;
    }

    /** One thing a reader can find. */
    record Entry(int page, String anchor, String kind, String title, String text) {}

    /** The index script for the rendered content pages (pages the site adds, like 404, are left out). */
    public String script(Handbook handbook, List<RenderedPage> rendered) {
        StringBuilder out = new StringBuilder();
        try {
            write(handbook, rendered, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /** Writes the index script to {@code out} as it goes: at 10,000 pages it is ~27 MB. */
    public void write(Handbook handbook, List<RenderedPage> rendered, Appendable out) throws java.io.IOException {
        Map<String, List<Heading>> headings = new HashMap<>();
        for (RenderedPage r : rendered) {
            // A phase's quiz page names the phase too; its headings are the phase page's.
            if (r.page() != null && r.output().equals(r.page().output())) {
                headings.put(r.page().key(), r.headings());
            }
        }
        List<Page> pages = handbook.allPages().filter(p -> headings.containsKey(p.key())).toList();
        out.append("window.handbookSearch={\"v\":").append(String.valueOf(VERSION)).append(",\"pages\":[");
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            out.append(i == 0 ? "" : ",").append('[').append(JsonText.quote(p.output().value())).append(',')
                    .append(JsonText.quote(pageTitle(handbook, p, texts))).append(']');
        }
        out.append("],\n\"entries\":[");
        boolean first = true;
        // A batch of pages' entries at a time, made on all cores and then written in order.
        for (int start = 0; start < pages.size(); start += BATCH) {
            List<List<String>> batch = java.util.stream.IntStream.range(start, Math.min(pages.size(), start + BATCH))
                    .parallel().mapToObj(i -> {
                        Page page = pages.get(i);
                        List<Heading> own = headings.get(page.key());
                        // A page's entries are kept without its position: adding a page moves the others.
                        return memo.get("search", page.sourceFile(), List.of(page, own),
                                () -> json(entries(i, page, own)));
                    }).toList();
            for (int i = start; i < start + batch.size(); i++) {
                for (String rest : batch.get(i - start)) {
                    out.append(first ? "\n[" : ",\n[").append(String.valueOf(i)).append(rest);
                    first = false;
                }
            }
        }
        out.append("]};\n");
    }

    /** Each entry as JSON after its page position: {@code ,"anchor","kind","title","text"]}. */
    private static List<String> json(List<Entry> entries) {
        List<String> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            out.add("," + JsonText.quote(e.anchor()) + ',' + JsonText.quote(e.kind()) + ','
                    + JsonText.quote(e.title()) + ',' + JsonText.quote(e.text()) + ']');
        }
        return out;
    }

    List<Entry> entries(int index, Page page, List<Heading> headings) {
        List<Entry> out = new ArrayList<>();
        out.add(new Entry(index, "", "p", page.title(), page.description()));
        for (Heading h : headings) {
            out.add(new Entry(index, h.id(), "h", h.text(), ""));
        }
        for (ChecklistItem item : page.checklist().all().toList()) {
            out.add(new Entry(index, "item-" + item.id().value(), "i", markdown.plainText(item.text()),
                    markdown.plainText(item.detail())));
        }
        if (page.isPhase()) {
            page.phase().masteryCheck().ifPresent(check -> out.add(new Entry(index, "mastery-check", "m",
                    markdown.plainText(check.title()), markdown.plainText(check.build()))));
        }
        return out;
    }

    /**
     * How a result names its page: "Phase 3: Web Back-End Services", in a handbook with parts "Foundations ›
     * Phase 3: Web Back-End Services", a part "Part 1: Foundations", or the page's title.
     */
    static String pageTitle(Handbook handbook, Page page, Texts texts) {
        if (page.isPart()) {
            return texts.format("part.label_title", Map.of("number", page.part().number(), "title", page.title()));
        }
        if (!page.isPhase()) {
            return page.title();
        }
        String phase = texts.format("phase.label_title", Map.of("number", page.phase().number(), "title",
                page.title()));
        return handbook.partOf(page).map(part -> texts.format("search_index.in_part", Map.of("part", part.title(),
                "phase", phase))).orElse(phase);
    }
}
