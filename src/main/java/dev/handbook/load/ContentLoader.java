package dev.handbook.load;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Reported;
import dev.handbook.diag.SourcePosition;
import dev.handbook.memo.Memo;
import dev.handbook.model.Asset;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.model.Settings;
import dev.handbook.model.SitePath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the handbook from content/: handbook.yml, index.md, the phases (phases/NN-slug.md, or grouped in
 * parts: phases/NN-part/index.md and phases/NN-part/NN-slug.md) with their checklists and quizzes, every
 * other page, and the files beside them. Each page loads on its own (on all cores) and
 * reports its own problems; they are merged in file order. What an earlier build of the same process
 * loaded from unchanged files comes from the {@link Memo}.
 */
public final class ContentLoader {
    private final Path contentDir;
    private final SourceNames names;

    /** @param names how a source file is shown in messages (relative to the project when possible) */
    public ContentLoader(Path contentDir, SourceNames names) {
        this.contentDir = contentDir;
        this.names = names;
    }

    /** How source files are named in diagnostics. */
    @FunctionalInterface
    public interface SourceNames {
        String show(Path file);
    }

    /** A one-off load: every file read and parsed. */
    public Reported<Optional<Handbook>> load() {
        return load(Changes.unknown(), Memo.none());
    }

    /**
     * The handbook, or empty when it cannot be made (no settings, no landing page), with every problem found.
     *
     * @param changes what changed since the last load with this {@code memo}
     */
    public Reported<Optional<Handbook>> load(Changes changes, Memo memo) {
        if (!Files.isDirectory(contentDir)) {
            return new Reported<>(Optional.empty(), List.of(Diagnostic.error(SourcePosition.of(names.show(contentDir)),
                    "content folder not found", "run from the handbook's folder, or pass --source DIR")));
        }
        ContentFiles.Found found = new ContentFiles(contentDir, names).find(changes, memo);
        Map<String, Path> files = found.files();
        List<Diagnostic> problems = new ArrayList<>(found.diagnostics());
        Reported<Settings> settings = settings(files, found.stamps(), memo);
        problems.addAll(settings.diagnostics());
        List<String> markdown = files.keySet().stream().filter(rel -> rel.endsWith(".md")).toList();
        PageSources sources = new PageSources(names, files);
        // What an earlier build loaded from the same files is looked up here; the rest load on all cores.
        List<List<Object>> inputs = markdown.stream().map(rel -> stamps(rel, files, found.stamps())).toList();
        Reported<?>[] loaded = new Reported<?>[markdown.size()];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < markdown.size(); i++) {
            loaded[i] = memo.find("page", markdown.get(i), inputs.get(i));
            if (loaded[i] == null) {
                missing.add(i);
            }
        }
        missing.parallelStream().forEach(i -> {
            loaded[i] = Reported.of(own -> sources.load(markdown.get(i), own));
            memo.put("page", markdown.get(i), inputs.get(i), loaded[i]);
        });
        Diagnostics own = new Diagnostics();
        Page index = null;
        List<Page> parts = new ArrayList<>();
        List<Page> phases = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        for (Reported<?> page : loaded) {
            problems.addAll(page.diagnostics());
            Page p = (Page) page.value();
            if (p == null) {
                continue;
            }
            if (p.isIndex()) {
                index = p;
            } else if (p.isPart()) {
                parts.add(p);
            } else if (p.isPhase()) {
                phases.add(p);
            } else {
                pages.add(p);
            }
        }
        List<Asset> assets = new ArrayList<>();
        for (Map.Entry<String, Path> entry : files.entrySet()) {
            String rel = entry.getKey();
            if (rel.endsWith(".yml") || rel.endsWith(".yaml")) {
                orphanYaml(rel, files, own);
            } else if (!rel.endsWith(".md")) {
                assets.add(new Asset(entry.getValue(), new SitePath(rel)));
            }
        }
        if (index == null) {
            own.error(SourcePosition.of(names.show(contentDir.resolve("index.md"))),
                    "the landing page is missing", "create content/index.md with a 'title:' in its front matter");
        }
        phases.sort(Comparator.comparingInt((Page p) -> p.phase().number()).thenComparing(Page::contentPath));
        pages.sort(Comparator.comparingInt(Page::navOrder).thenComparing(Page::title).thenComparing(Page::contentPath));
        duplicatePhaseNumbers(phases, own);
        Parts.check(parts, phases, contentDir, names, own);
        caseClashes(files, own);
        problems.addAll(own.list());
        Optional<Handbook> handbook = settings.value() == null || index == null ? Optional.empty()
                : Optional.of(new Handbook(settings.value(), index, parts, phases, pages, assets));
        return new Reported<>(handbook, problems);
    }

    /** The stamps of the files a page is made of: equal stamps, equal page. */
    private static List<Object> stamps(String rel, Map<String, Path> files, Map<Path, Object> stamps) {
        return Arrays.stream(PageSources.sourcesOf(rel, files))
                .map(file -> stampOf(file, stamps)).toList();
    }

    /** A file's stamp as the walk saw it; looked at now when the walk did not (a symbolic link). */
    private static Object stampOf(Path file, Map<Path, Object> stamps) {
        Object known = file == null ? SourceStamp.MISSING : stamps.get(file);
        return known != null ? known : SourceStamp.of(file);
    }

    private Reported<Settings> settings(Map<String, Path> files, Map<Path, Object> stamps, Memo memo) {
        Path path = files.get("handbook.yml");
        if (path == null) {
            return new Reported<>(null, List.of(Diagnostic.error(SourcePosition.of(names.show(
                    contentDir.resolve("handbook.yml"))), "handbook.yml is missing",
                    "create it with 'id:', 'title:' and 'description:'")));
        }
        String shown = names.show(path);
        return memo.get("settings", "handbook.yml", stampOf(path, stamps),
                () -> Reported.of(found -> SourceText.read(path, shown, found)
                        .map(text -> SettingsLoader.load(text, shown, found)).orElse(null)));
    }

    private void orphanYaml(String rel, Map<String, Path> files, Diagnostics diagnostics) {
        if (rel.equals("handbook.yml") || rel.equals(MessagesLoader.OVERRIDE)) {
            return; // the settings, and the handbook's own words for the theme (pipeline/ThemeMessages)
        }
        String quiz = PageSources.QUIZ_SUFFIX;
        String stem = rel.endsWith(quiz) ? rel.substring(0, rel.length() - quiz.length())
                : rel.substring(0, rel.lastIndexOf('.'));
        if (rel.endsWith(".yaml")) {
            diagnostics.error(SourcePosition.of(names.show(files.get(rel))), "YAML files end in .yml here",
                    "rename it to " + stem + ".yml");
        } else if (!files.containsKey(stem + ".md")) {
            diagnostics.error(SourcePosition.of(names.show(files.get(rel))), "no page " + stem + ".md for this file",
                    "a checklist or quiz sits beside its page with the same name; rename it or add the page");
        }
    }

    private static void duplicatePhaseNumbers(List<Page> phases, Diagnostics diagnostics) {
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
    private void caseClashes(Map<String, Path> files, Diagnostics diagnostics) {
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
