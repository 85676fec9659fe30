package dev.handbook.load;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.Asset;
import dev.handbook.model.Checklist;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.model.Quiz;
import dev.handbook.model.Settings;
import dev.handbook.model.SitePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Walks content/ and loads the handbook: handbook.yml, index.md, phases/NN-slug.md with their
 * checklists and quizzes, every other page, and the files beside them.
 */
public final class ContentLoader {
    private static final Pattern PHASE_FILE = Pattern.compile("(\\d{1,6})-([a-z0-9]+(?:-[a-z0-9]+)*)\\.md");
    private static final Pattern PAGE_NAME = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)*");
    private static final String QUIZ_SUFFIX = ".quiz.yml";

    private final Path contentDir;
    private final SourceNames names;
    private final Diagnostics diagnostics;
    private final SourceCache cache;
    /** Each file's identity, size and time as the walk saw them (for the cache: no second look at the file). */
    private final Map<Path, SourceCache.Stamp> stamps = new HashMap<>();

    /**
     * @param names how a source file is shown in messages (relative to the project when possible)
     */
    public ContentLoader(Path contentDir, SourceNames names, Diagnostics diagnostics) {
        this(contentDir, names, diagnostics, null);
    }

    /** A loader that reuses what {@code cache} parsed in earlier loads of the same folder (the dev server). */
    public ContentLoader(Path contentDir, SourceNames names, Diagnostics diagnostics, SourceCache cache) {
        this.contentDir = contentDir;
        this.names = names;
        this.diagnostics = diagnostics;
        this.cache = cache;
    }

    /** How source files are named in diagnostics. */
    @FunctionalInterface
    public interface SourceNames {
        String show(Path file);
    }

    public Optional<Handbook> load() {
        if (!Files.isDirectory(contentDir)) {
            diagnostics.error(SourcePosition.of(names.show(contentDir)), "content folder not found",
                    "run from the handbook's folder, or pass --source DIR");
            return Optional.empty();
        }
        Map<String, Path> files = cache == null ? walk() : cache.unwalked(contentDir, stamps)
                .<Map<String, Path>>map(TreeMap::new).orElseGet(() -> {
                    long before = diagnostics.errorCount() + diagnostics.warningCount();
                    Map<String, Path> walked = walk();
                    cache.walked(walked, stamps, diagnostics.errorCount() + diagnostics.warningCount() == before);
                    return walked;
                });
        Settings settings = settings(files);
        Page index = null;
        List<Page> phases = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        List<Asset> assets = new ArrayList<>();
        // Pages parse independently (into a thread-safe collector): on all cores, results in file order.
        List<String> markdown = files.keySet().stream().filter(rel -> rel.endsWith(".md")).toList();
        Map<String, Page> parsed = new HashMap<>();
        // The dev server re-parses one file or two: there, splitting the work costs more than it saves.
        List<Page> results = (cache == null ? markdown.parallelStream() : markdown.stream())
                .map(rel -> cachedPage(rel, files.get(rel), files)).toList();
        for (int i = 0; i < markdown.size(); i++) {
            parsed.put(markdown.get(i), results.get(i));
        }
        for (Map.Entry<String, Path> entry : files.entrySet()) {
            String rel = entry.getKey();
            Path path = entry.getValue();
            if (rel.endsWith(".md")) {
                Page page = parsed.get(rel);
                if (page == null) {
                    continue;
                }
                if (page.isIndex()) {
                    index = page;
                } else if (page.isPhase()) {
                    phases.add(page);
                } else {
                    pages.add(page);
                }
            } else if (rel.endsWith(".yml") || rel.endsWith(".yaml")) {
                orphanYaml(rel, files);
            } else {
                assets.add(new Asset(path, new SitePath(rel)));
            }
        }
        if (index == null) {
            diagnostics.error(SourcePosition.of(names.show(contentDir.resolve("index.md"))),
                    "the landing page is missing", "create content/index.md with a 'title:' in its front matter");
        }
        if (cache != null) {
            cache.retainOnly(files.keySet());
        }
        phases.sort(Comparator.comparingInt((Page p) -> p.phase().number()).thenComparing(Page::contentPath));
        pages.sort(Comparator.comparingInt(Page::navOrder).thenComparing(Page::title).thenComparing(Page::contentPath));
        duplicatePhaseNumbers(phases);
        caseClashes(files);
        if (settings == null || index == null) {
            return Optional.empty();
        }
        return Optional.of(new Handbook(settings, index, phases, pages, assets));
    }

    /** Every regular file under content/, by its path relative to content/, sorted (so builds are repeatable). */
    private Map<String, Path> walk() {
        Map<String, Path> files = new TreeMap<>();
        Path realRoot;
        try {
            realRoot = contentDir.toRealPath();
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(names.show(contentDir)), "cannot read content folder: " + e, "");
            return files;
        }
        try {
            Files.walkFileTree(contentDir, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(contentDir) || !dir.getFileName().toString().startsWith(".")
                            ? java.nio.file.FileVisitResult.CONTINUE : java.nio.file.FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                    visit(p, attrs, realRoot, files);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) {
                    diagnostics.error(SourcePosition.of(names.show(p)), "cannot read: " + e.getMessage(), "");
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            diagnostics.error(SourcePosition.of(names.show(contentDir)), "cannot read content folder: "
                    + e.getMessage(), "");
        }
        return files;
    }

    /** A file found by the walk: kept unless hidden, or a link that leads outside content/ or nowhere. */
    private void visit(Path p, BasicFileAttributes attrs, Path realRoot, Map<String, Path> files) {
        String rel = contentDir.relativize(p).toString().replace('\\', '/');
        if (hidden(rel)) {
            return;
        }
        if (attrs.isSymbolicLink()) {
            try {
                if (!p.toRealPath().startsWith(realRoot)) {
                    diagnostics.error(SourcePosition.of(names.show(p)), "symbolic link points outside content/",
                            "copy the file into content/ instead of linking to it");
                    return;
                }
            } catch (IOException e) {
                diagnostics.error(SourcePosition.of(names.show(p)), "broken symbolic link", "remove it");
                return;
            }
            if (Files.isRegularFile(p)) {
                files.put(rel, p);
            }
        } else if (attrs.isRegularFile()) {
            files.put(rel, p);
            stamps.put(p, SourceCache.stamp(attrs));
        }
    }

    private static boolean hidden(String rel) {
        for (String part : rel.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private Settings settings(Map<String, Path> files) {
        Path path = files.get("handbook.yml");
        if (path == null) {
            diagnostics.error(SourcePosition.of(names.show(contentDir.resolve("handbook.yml"))),
                    "handbook.yml is missing", "create it with 'id:', 'title:' and 'description:'");
            return null;
        }
        String shown = names.show(path);
        return cached("handbook.yml", List.of(path), found -> SourceText.read(path, shown, found)
                .map(text -> SettingsLoader.load(text, shown, found)).orElse(null));
    }

    /** A page with its checklist and quiz, parsed again only when one of its three files changed. */
    private Page cachedPage(String rel, Path path, Map<String, Path> files) {
        String stem = rel.substring(0, rel.length() - ".md".length());
        List<Path> sources = java.util.Arrays.asList(path, files.get(stem + ".yml"), files.get(stem + QUIZ_SUFFIX));
        return cached(rel, sources, found -> new ContentLoader(contentDir, names, found).page(rel, path, files));
    }

    private <T> T cached(String key, List<Path> sources, java.util.function.Function<Diagnostics, T> parse) {
        return cache == null ? parse.apply(diagnostics) : cache.get(key, sources,
                file -> stamps.containsKey(file) ? stamps.get(file) : SourceCache.stamp(file), diagnostics, parse);
    }

    private Page page(String rel, Path path, Map<String, Path> files) {
        String shown = names.show(path);
        String stem = rel.substring(0, rel.length() - ".md".length());
        Integer phaseNumber = null;
        if (rel.startsWith("phases/")) {
            Matcher m = PHASE_FILE.matcher(rel.substring("phases/".length()));
            if (!m.matches()) {
                diagnostics.error(SourcePosition.of(shown), "a phase file must be named NN-slug.md",
                        "e.g. phases/03-web-back-end-services.md: the phase number, a hyphen, then lower-case words"
                                + " joined by hyphens");
                return null;
            }
            phaseNumber = Integer.parseInt(m.group(1));
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
        PageLoader.Source source = new PageLoader.Source(shown, rel, new SitePath(stem + ".html"), phaseNumber);
        return SourceText.read(path, shown, diagnostics)
                .map(text -> PageLoader.load(source, text, checklist, quiz, diagnostics))
                .orElseGet(() -> PageLoader.unreadable(source, checklist, quiz));
    }

    private void orphanYaml(String rel, Map<String, Path> files) {
        if (rel.equals("handbook.yml")) {
            return;
        }
        String stem = rel.endsWith(QUIZ_SUFFIX) ? rel.substring(0, rel.length() - QUIZ_SUFFIX.length())
                : rel.substring(0, rel.lastIndexOf('.'));
        if (rel.endsWith(".yaml")) {
            diagnostics.error(SourcePosition.of(names.show(files.get(rel))), "YAML files end in .yml here",
                    "rename it to " + stem + ".yml");
        } else if (!files.containsKey(stem + ".md")) {
            diagnostics.error(SourcePosition.of(names.show(files.get(rel))), "no page " + stem + ".md for this file",
                    "a checklist or quiz sits beside its page with the same name; rename it or add the page");
        }
    }

    private void duplicatePhaseNumbers(List<Page> phases) {
        Map<Integer, Page> seen = new HashMap<>();
        for (Page phase : phases) {
            Page first = seen.putIfAbsent(phase.phase().number(), phase);
            if (first != null) {
                diagnostics.error(SourcePosition.of(phase.sourceFile()), "phase " + phase.phase().number()
                        + " is also " + first.sourceFile(), "give each phase its own number");
            }
        }
    }

    /** Two files whose names differ only by case overwrite each other on macOS and Windows checkouts. */
    private void caseClashes(Map<String, Path> files) {
        Map<String, String> seen = new HashMap<>();
        for (String rel : files.keySet()) {
            String first = seen.putIfAbsent(rel.toLowerCase(Locale.ROOT), rel);
            if (first != null) {
                diagnostics.error(SourcePosition.of(names.show(files.get(rel))), "file name differs from "
                        + first + " only by case", "rename one of them: they clash on macOS and Windows");
            }
        }
    }
}
