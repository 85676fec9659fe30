package dev.handbook.render;

import java.util.List;

/**
 * The typed view models templates see: nothing else reaches a template. Fields ending in {@code Html}
 * hold HTML that was rendered and sanitised already (templates print them with {@code ?no_esc});
 * every other string is plain text and is escaped by FreeMarker's HTML output format. Fields ending in
 * {@code Css} hold a quoted CSS string made by {@link CssString} (safe inside a style element).
 */
public final class View {
    private View() {}

    /**
     * The whole handbook, the same on every page. {@code retiredIds} lists ids dropped on purpose, whose
     * stored ticks the progress script lets go. {@code formerIds} lists "old:new" id pairs from items'
     * {@code was:}, so the progress script can move a renamed item's tick on whichever page it runs first.
     */
    public record Site(String id, String title, String description, String language, String baseUrl,
            List<PartEntry> parts, List<NavEntry> phases, List<NavEntry> pages, String totalDuration, int itemCount,
            String formerIds, String retiredIds, boolean liveReload, String generator, Learner learner) {}

    /**
     * A part: its page, and its phases in order. {@code itemIds} are its phases' items, for its progress bar.
     * A handbook without parts has none.
     */
    public record PartEntry(String key, String path, String title, String number, String description,
            List<NavEntry> phases, int itemCount, String itemIds) {}

    /**
     * A link in the navigation or a card on the index. {@code path} is relative to the site root;
     * {@code duration} is "" when the phase gives none; {@code part} is the key of its part, or "".
     */
    public record NavEntry(String key, String path, String title, String number, String duration,
            int itemCount, String description, String itemIds, String part) {}

    /**
     * A page's navigation: {@code phases} from the {@code start}th on (1-based), and when the list is cut to
     * the current phase's neighbours, {@code total} phases in all (else 0). {@code current} is the page's key.
     * In a handbook with parts, {@code parts} are its groups instead, {@code currentPart} the key of the
     * part open (the page's own, or "").
     */
    public record Nav(String current, List<NavEntry> phases, int start, int total, List<NavPart> parts,
            String currentPart) {}

    /** A part in a page's navigation: its phases as {@link Nav} lists them (all, or the current one's neighbours). */
    public record NavPart(PartEntry part, List<NavEntry> phases, int start, int total) {}

    /** One page as its template sees it. */
    public record Page(String key, String kind, String path, String root, String title, String description,
            String bodyHtml, Phase phase, List<Item> items, List<Item> review, Quiz quiz, NavEntry previous,
            NavEntry next, String editUrl, String lastUpdated, String canonicalUrl, String worksheetPath,
            PartEntry part) {
        public boolean hasChecklist() {
            return !items.isEmpty() || !review.isEmpty();
        }

        /** Whether the page shows a GitHub alert, in its text or in an item's detail: it loads alerts.css. */
        public boolean hasAlert() {
            return bodyHtml.contains("markdown-alert") || items.stream().anyMatch(i -> i.detailHtml().contains(
                    "markdown-alert")) || review.stream().anyMatch(i -> i.detailHtml().contains("markdown-alert"));
        }

        /** Whether the page shows a code block, in its text or in an item's detail: it loads code.css and code.js. */
        public boolean hasCode() {
            return bodyHtml.contains("<pre") || items.stream().anyMatch(Item::hasCode)
                    || review.stream().anyMatch(Item::hasCode);
        }
    }

    /** A phase's own facts: {@code duration} is "" and {@code mastery} null when the phase gives none. */
    public record Phase(int number, String duration, int minWeeks, int maxWeeks, boolean ongoing,
            List<String> outcomesHtml, Mastery mastery) {}

    /** The mastery check brief. */
    public record Mastery(String titleHtml, String buildHtml, List<String> acceptanceHtml, String stretchHtml,
            String portfolioHtml) {}

    /**
     * A checklist item. {@code hash} is a short hash of its text, to notice rewording after a tick.
     * {@code detailBlock}: the detail is blocks (lists, code, paragraphs), else one paragraph of inline HTML;
     * {@code detailSummaryHtml} is a block detail's first paragraph, which a worksheet shows of it.
     */
    public record Item(String id, String textHtml, String detailHtml, boolean detailBlock, String detailSummaryHtml,
            List<LinkView> links, String hash, String text) {
        boolean hasCode() {
            return detailBlock && detailHtml.contains("<pre");
        }
    }

    /** A further-reading link. */
    public record LinkView(String title, String url, String host) {}

    /**
     * A phase's quiz, possibly empty: {@code path} is its page (relative to the site root), {@code size} its
     * number of questions. The phase page sees it without its questions; the quiz page with them.
     */
    public record Quiz(String path, int size, List<Question> questions) {
        public boolean isEmpty() {
            return size == 0;
        }
    }

    /** A quiz question with its options. */
    public record Question(String id, String promptHtml, boolean multiple, List<Option> options) {}

    /** A quiz option. */
    public record Option(String textHtml, boolean correct, String whyHtml) {}

    /**
     * What the learner's own tools (assets/learner.js) work from: the phases with their week ranges for a
     * plan, their milestones for the portfolio, and the pages a learner picks items from.
     */
    public record Learner(List<PlanPhase> phases, List<Track> tracks, String portfolioPath, String planPath) {
        /** The track a page offers, or null: templates write {@code site.learner.track(page.key)!}. */
        public Track track(String key) {
            return tracks.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
        }
    }

    /**
     * A phase in the learner's plan and portfolio. {@code itemIds} are its checklist and self-review items;
     * {@code milestone} is the mastery check's title as Markdown source (for the portfolio's Markdown export),
     * "" for a phase without a mastery check; {@code part} is the key of its part, or "". Its weeks are its
     * own duration, else the handbook's default_duration, else one week.
     */
    public record PlanPhase(String key, String number, String title, String path, int minWeeks, int maxWeeks,
            boolean ongoing, String itemIds, int itemCount, String milestoneHtml, String milestone, String part) {}

    /** A page whose checklist items a learner picks from (front matter {@code choose:}), e.g. capstones. */
    public record Track(String key, String path, String title, int min, int max, String label,
            List<TrackItem> items) {}

    /** One item a learner may pick; {@code text} is its Markdown source, for the Markdown export. */
    public record TrackItem(String id, String textHtml, String text) {}

    /**
     * The running head printed in the top margin of every page: the handbook's title on the left, the page
     * (or phase) on the right. {@code named} are parts of the document printed as pages of their own, with
     * their own head on the right (the booklet's phases): the element with id {@code name} starts them.
     */
    public record Print(String leftCss, String rightCss, List<NamedPage> named) {
        public Print(String leftCss, String rightCss) {
            this(leftCss, rightCss, List.of());
        }
    }

    /** A booklet's cover: the whole handbook's, or a part's ({@code duration} "" when not known). */
    public record Cover(String eyebrow, String title, String lead, int phaseCount, String duration, int itemCount) {}

    /** A line of the booklet's contents: a phase's sheet, by its anchor in the booklet. */
    public record BookletEntry(String anchor, String title, int number, String duration, int itemCount) {}

    /** A named page: {@code name} is an id made by the renderer (a CSS identifier), never content text. */
    public record NamedPage(String name, String headCss) {}

    /**
     * One phase worksheet, alone on its page or one of the booklet's.
     *
     * @param anchor    its id in the document (the booklet's contents link to it)
     * @param path      the worksheet page, relative to the site root
     * @param phasePath the phase page, relative to the site root
     * @param phaseUrl  the phase page's absolute URL when the base URL is known, else ""
     */
    public record Sheet(String anchor, String title, String path, String phasePath, String phaseUrl, Phase phase,
            List<Item> items, List<Item> review, String headCss) {
        public int itemCount() {
            return items.size() + review.size();
        }
    }
}
