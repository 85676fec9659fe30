package dev.handbook.load;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.Checklist;
import dev.handbook.model.Page;
import dev.handbook.model.PartInfo;
import dev.handbook.model.Quiz;
import dev.handbook.model.SitePath;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads one page from its files: the Markdown page, the checklist beside it ({@code stem.yml}) and, for a
 * phase, its quiz ({@code stem.quiz.yml}). A page is the unit of loading: its problems are its own.
 */
final class PageSources {
    static final String QUIZ_SUFFIX = ".quiz.yml";
    private static final String SLUG = "(\\d{1,6})-([a-z0-9]+(?:-[a-z0-9]+)*)";
    private static final Pattern PHASE_FILE = Pattern.compile(SLUG + "\\.md");
    private static final Pattern PART_FOLDER = Pattern.compile(SLUG);
    private static final Pattern PAGE_NAME = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)*");

    private final ContentLoader.SourceNames names;
    private final Map<String, Path> files;

    /** @param files every file of content/, by its path relative to content/ */
    PageSources(ContentLoader.SourceNames names, Map<String, Path> files) {
        this.names = names;
        this.files = files;
    }

    /** The files a page is made of, in a fixed order; null for one that is not there. */
    static Path[] sourcesOf(String rel, Map<String, Path> files) {
        String stem = stem(rel);
        return new Path[] {files.get(rel), files.get(stem + ".yml"), files.get(stem + QUIZ_SUFFIX)};
    }

    private static String stem(String rel) {
        return rel.substring(0, rel.length() - ".md".length());
    }

    /** The page at {@code rel} (a .md file), or null when its name is not one a page may have. */
    Page load(String rel, Diagnostics diagnostics) {
        Path path = files.get(rel);
        String shown = names.show(path);
        String stem = stem(rel);
        String[] parts = rel.split("/");
        Integer phaseNumber = null;
        String partFolder = "";
        PartInfo part = null;
        if (parts[0].equals("phases") && parts.length > 1) {
            if (parts.length > 3) {
                diagnostics.error(SourcePosition.of(shown), "a part cannot hold another part",
                        "phases sit in content/phases/ or in a part's folder, content/phases/NN-part/NN-slug.md");
                return null;
            }
            if (parts.length == 3) {
                Matcher folder = PART_FOLDER.matcher(parts[1]);
                if (!folder.matches()) {
                    diagnostics.error(SourcePosition.of(shown), "a part's folder must be named NN-slug",
                            "e.g. phases/01-foundations/: the part's number, a hyphen, then lower-case words joined"
                                    + " by hyphens");
                    return null;
                }
                partFolder = "phases/" + parts[1];
                if (parts[2].equals("index.md")) {
                    part = new PartInfo(Integer.parseInt(folder.group(1)), partFolder);
                }
            }
            if (part == null) {
                Matcher m = PHASE_FILE.matcher(parts[parts.length - 1]);
                if (!m.matches()) {
                    diagnostics.error(SourcePosition.of(shown), "a phase file must be named NN-slug.md",
                            "e.g. phases/03-web-back-end-services.md: the phase number, a hyphen, then lower-case"
                                    + " words joined by hyphens");
                    return null;
                }
                phaseNumber = Integer.parseInt(m.group(1));
            }
        } else {
            String name = stem.substring(stem.lastIndexOf('/') + 1);
            if (!PAGE_NAME.matcher(name).matches()) {
                diagnostics.error(SourcePosition.of(shown), "page file name '" + name + ".md' is not a slug",
                        "use lower-case letters, digits and hyphens, e.g. '" + name.toLowerCase(Locale.ROOT)
                                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + ".md'");
                return null;
            }
        }
        Checklist checklist = Optional.ofNullable(files.get(stem + ".yml"))
                .flatMap(p -> SourceText.read(p, names.show(p), diagnostics)
                        .map(t -> ChecklistLoader.load(t, names.show(p), diagnostics)))
                .orElse(Checklist.none());
        Quiz quiz = Optional.ofNullable(files.get(stem + QUIZ_SUFFIX))
                .flatMap(p -> SourceText.read(p, names.show(p), diagnostics)
                        .map(t -> QuizLoader.load(t, names.show(p), diagnostics)))
                .orElse(Quiz.none());
        if (!quiz.isEmpty() && phaseNumber == null) {
            diagnostics.error(SourcePosition.of(quiz.sourceFile()), "quizzes belong to phases",
                    "move the quiz beside a phase in content/phases/");
        }
        // The templates show these nowhere else, so they would be dropped without a word.
        if (!checklist.review().isEmpty() && phaseNumber == null) {
            diagnostics.error(checklist.review().get(0).id().at(), "'review' items belong to a phase's mastery check",
                    "on this page, list them under 'items:'");
        }
        if (rel.equals("index.md") && !checklist.isEmpty()) {
            diagnostics.error(SourcePosition.of(checklist.sourceFile()), "the landing page has no checklist",
                    "put the items on a page of their own, e.g. content/start.md with content/start.yml");
        }
        if (part != null && !checklist.isEmpty()) {
            diagnostics.error(SourcePosition.of(checklist.sourceFile()), "a part has no checklist of its own",
                    "put the items on the part's phases: its progress counts theirs");
        }
        PageLoader.Source source = new PageLoader.Source(shown, rel, new SitePath(stem + ".html"), phaseNumber,
                partFolder, part);
        return SourceText.read(path, shown, diagnostics)
                .map(text -> PageLoader.load(source, text, checklist, quiz, diagnostics))
                .orElseGet(() -> PageLoader.unreadable(source, checklist, quiz));
    }
}
