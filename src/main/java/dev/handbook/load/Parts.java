package dev.handbook.load;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.Page;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules that hold a handbook's parts together: every part folder has its index.md, a handbook with parts
 * has every phase in one, part numbers are unique, and a part holds at least one phase.
 */
final class Parts {
    private Parts() {}

    /** Sorts {@code parts} by number and reports what breaks the rules. */
    static void check(List<Page> parts, List<Page> phases, Path contentDir, ContentLoader.SourceNames names,
            Diagnostics diagnostics) {
        parts.sort(Comparator.comparingInt((Page p) -> p.part().number()).thenComparing(Page::contentPath));
        Set<String> folders = new TreeSet<>();
        parts.forEach(p -> folders.add(p.part().folder()));
        Set<String> reported = new TreeSet<>();
        for (Page phase : phases) {
            String folder = phase.phase().part();
            if (folder.isEmpty() && !parts.isEmpty()) {
                diagnostics.error(SourcePosition.of(phase.sourceFile()), "this phase is outside the handbook's parts",
                        "a handbook with parts has every phase in one: move it into a part's folder, e.g. "
                                + parts.get(0).part().folder() + "/");
            } else if (!folder.isEmpty() && !folders.contains(folder) && reported.add(folder)) {
                diagnostics.error(SourcePosition.of(names.show(contentDir.resolve(folder))), "this part has no index.md",
                        "create " + names.show(contentDir.resolve(folder + "/index.md"))
                                + " with a 'title:' (and an optional 'description:' and introduction)");
            }
        }
        Map<Integer, Page> numbers = new HashMap<>();
        for (Page part : parts) {
            Page first = numbers.putIfAbsent(part.part().number(), part);
            if (first != null) {
                diagnostics.error(SourcePosition.of(part.sourceFile()), "part " + part.part().number() + " is also "
                        + first.sourceFile(), "give each part its own number");
            }
            if (phases.stream().noneMatch(p -> p.phase().part().equals(part.part().folder()))) {
                diagnostics.warning(SourcePosition.of(part.sourceFile()), "this part has no phases yet",
                        "add a phase beside it, e.g. " + part.part().folder() + "/01-first-steps.md");
            }
        }
    }
}
