package dev.handbook.load;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.Checklist;
import dev.handbook.model.Choice;
import dev.handbook.model.Duration;
import dev.handbook.model.Markdown;
import dev.handbook.model.MasteryCheck;
import dev.handbook.model.Page;
import dev.handbook.model.PartInfo;
import dev.handbook.model.PhaseInfo;
import dev.handbook.model.Quiz;
import dev.handbook.model.SitePath;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one Markdown page: its front matter (page or phase schema) and its body. */
final class PageLoader {
    static final Set<String> PAGE_KEYS = Set.of("title", "description", "nav_order", "choose");
    static final Set<String> PART_KEYS = Set.of("title", "description");
    static final Set<String> PHASE_KEYS = Set.of("title", "description", "phase", "duration", "outcomes",
            "mastery_check");
    static final Set<String> MASTERY_KEYS = Set.of("title", "build", "acceptance", "stretch", "portfolio");
    private static final Pattern CHOOSE = Pattern.compile("(\\d{1,3})(?:\\s*[-–]\\s*(\\d{1,3}))?");
    private static final Pattern WEEKS = Pattern.compile("(\\d{1,3})(?:\\s*[-–]\\s*(\\d{1,3}))?\\s+weeks?");

    private PageLoader() {}

    /**
     * What the loader knows of a page before reading it, from where it is.
     *
     * @param phaseNumberFromName a phase's number (its file name's), else null
     * @param partFolder          for a phase, the folder of its part ("" when the handbook has no parts)
     * @param part                for a part's page (its index.md), the part; else null
     */
    record Source(String file, String contentPath, SitePath output, Integer phaseNumberFromName, String partFolder,
            PartInfo part) {
        boolean isPhase() {
            return phaseNumberFromName != null;
        }
    }

    static Page load(Source source, String text, Checklist checklist, Quiz quiz, Diagnostics diagnostics) {
        String file = source.file();
        FrontMatter fm = FrontMatter.split(text, file, diagnostics).orElse(null);
        if (fm == null) {
            return unreadable(source, checklist, quiz);
        }
        int offset = fm.yamlLine() - 1;
        Node root = YamlParser.parse(fm.yaml(), file, offset, diagnostics).orElse(null);
        String what = source.isPhase() ? "phase front matter" : source.part() != null ? "part front matter"
                : "front matter";
        // A front matter with no keys at all lacks each required key; one that did not parse has its error
        // reported already, and nothing that follows from it is.
        SourcePosition start = new SourcePosition(file, fm.yamlLine(), 1);
        boolean blank = root == null && fm.yaml().isBlank();
        YamlMap map = root != null ? YamlMap.of(root, file, offset, diagnostics, what).withSource(fm.yaml())
                : blank ? YamlMap.blank(start, file, offset, diagnostics, what)
                : YamlMap.empty(start, file, offset, diagnostics, what);
        map.rejectUnknownKeys(source.isPhase() ? PHASE_KEYS : source.part() != null ? PART_KEYS : PAGE_KEYS);
        String title = root == null && !blank ? "" : map.requiredText("title");
        String description = map.text("description").orElse("");
        Markdown body = new Markdown(fm.body(), new SourcePosition(file, fm.bodyLine(), 1));
        if (!MarkdownLimits.check(body, diagnostics)) {
            body = new Markdown("", body.start());
        }
        PhaseInfo phase = source.isPhase() ? phaseInfo(source, map, diagnostics) : null;
        boolean plain = !source.isPhase() && source.part() == null;
        int navOrder = plain ? map.integer("nav_order").orElse(0) : 0;
        Choice choice = plain ? choice(map, checklist, diagnostics) : Choice.NONE;
        return new Page(file, source.contentPath(), source.output(), title, description, navOrder, body,
                checklist, phase, source.part(), quiz, choice);
    }

    /**
     * A page whose file could not be read or split: it stays in the handbook, empty, so links to it do not
     * add "no page" errors on top of the one that says what is wrong with it.
     */
    static Page unreadable(Source source, Checklist checklist, Quiz quiz) {
        return new Page(source.file(), source.contentPath(), source.output(), "", "", 0,
                Markdown.empty(source.file()), checklist, null, source.part(), quiz, Choice.NONE);
    }

    /**
     * A phase's facts. Only the number is needed, and the file name gives it; duration, outcomes and mastery
     * check are optional, and each is checked when it is there.
     */
    private static PhaseInfo phaseInfo(Source source, YamlMap map, Diagnostics diagnostics) {
        int number = map.integer("phase").orElse(source.phaseNumberFromName());
        if (map.has("phase") && number != source.phaseNumberFromName()) {
            diagnostics.error(map.positionOf("phase"), "phase " + number + " does not match the file name's number "
                    + source.phaseNumberFromName(), "rename the file or change 'phase:' so they agree");
        }
        Optional<Duration> duration = map.has("duration") ? Optional.of(duration(map, "duration", diagnostics))
                : Optional.empty();
        long errorsBefore = diagnostics.errorCount();
        List<Markdown> outcomes = map.markdownList("outcomes");
        if (map.has("outcomes") && outcomes.isEmpty() && diagnostics.errorCount() == errorsBefore) {
            diagnostics.error(map.positionOf("outcomes"), "'outcomes' lists no outcome",
                    "list what the learner can do after the phase, or remove 'outcomes:'");
        }
        Optional<MasteryCheck> check = map.map("mastery_check", "mastery_check").map(PageLoader::masteryCheck);
        return new PhaseInfo(number, duration, outcomes, check, source.partFolder());
    }

    /** "choose: 2-3": the learner picks that many of the page's checklist items (e.g. capstone projects). */
    private static Choice choice(YamlMap map, Checklist checklist, Diagnostics diagnostics) {
        if (!map.has("choose")) {
            return Choice.NONE;
        }
        String text = map.requiredText("choose").trim();
        Matcher m = CHOOSE.matcher(text);
        int items = checklist.items().size();
        if (!m.matches()) {
            diagnostics.error(map.positionOf("choose"), "'choose' must be a number or a range, found '" + text + "'",
                    "write e.g. 'choose: 2-3' (the learner picks two or three of this page's checklist items)");
            return Choice.NONE;
        }
        int min = Integer.parseInt(m.group(1));
        int max = m.group(2) == null ? min : Integer.parseInt(m.group(2));
        if (min < 1 || max < min) {
            diagnostics.error(map.positionOf("choose"), "'choose: " + text + "' is not a range of at least one item",
                    "write the smaller number first, e.g. 'choose: 2-3'");
            return Choice.NONE;
        }
        if (max > items) {
            diagnostics.error(map.positionOf("choose"), "'choose: " + text + "' asks for up to " + max
                    + " items but the page's checklist has " + items,
                    items == 0 ? "add a checklist beside the page (same name, .yml)" : "lower the range or add items");
            return Choice.NONE;
        }
        return new Choice(min, max);
    }

    /** "1 week", "2-3 weeks" or "ongoing" at {@code key}; a text that is none of them is an error. */
    static Duration duration(YamlMap map, String key, Diagnostics diagnostics) {
        String text = map.requiredText(key).trim();
        if (text.equals("ongoing")) {
            return Duration.ongoingDuration();
        }
        Matcher m = WEEKS.matcher(text);
        if (m.matches()) {
            int min = Integer.parseInt(m.group(1));
            int max = m.group(2) == null ? min : Integer.parseInt(m.group(2));
            if (min >= 1 && max >= min) {
                return Duration.weeks(min, max);
            }
        }
        if (!text.isEmpty()) {
            diagnostics.error(map.positionOf(key), "duration '" + text + "' is not understood",
                    "write '1 week', '2-3 weeks' or 'ongoing'");
        }
        return Duration.ongoingDuration();
    }

    private static MasteryCheck masteryCheck(YamlMap map) {
        map.rejectUnknownKeys(MASTERY_KEYS);
        Markdown title = map.requiredMarkdown("title");
        Markdown build = map.markdown("build").orElse(new Markdown("", map.position()));
        List<Markdown> acceptance = map.markdownList("acceptance");
        Markdown none = new Markdown("", map.position());
        return new MasteryCheck(title, build, acceptance, map.markdown("stretch").orElse(none),
                map.markdown("portfolio").orElse(none));
    }
}
