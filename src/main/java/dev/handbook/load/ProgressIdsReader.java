package dev.handbook.load;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.Checklist;
import dev.handbook.model.ChecklistItem;
import dev.handbook.model.ProgressIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads what learners' progress is keyed by (see {@link ProgressIds}) from content/, either as it is on disk
 * or as it was in a git revision ({@code handbook check --base}). Checklists go through the same loader as
 * a build, so an id means the same thing on both sides; pages only need their file names.
 */
public final class ProgressIdsReader {
    private ProgressIdsReader() {}

    /** The ids in content/ as it is now. */
    public static ProgressIds fromFolder(Path contentDir) {
        Map<String, String> texts = new LinkedHashMap<>();
        Set<String> pages = new HashSet<>();
        Set<String> unreadable = new HashSet<>();
        try (Stream<Path> files = Files.walk(contentDir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = contentDir.relativize(file).toString().replace('\\', '/');
                pageKey(rel).ifPresent(pages::add);
                if (isProgressFile(rel)) {
                    SourceText.read(file, rel, new Diagnostics()).ifPresentOrElse(t -> texts.put(rel, t),
                            () -> unreadable.add(rel));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // The build reports an unreadable content folder; here it simply holds no ids.
        }
        return read(texts, pages, unreadable);
    }

    /**
     * The ids in content/ as it was at {@code ref}, read with git. Problems (no git, not a repository, an
     * unknown revision) are reported at {@code at} and give an empty result.
     */
    public static Optional<ProgressIds> fromRevision(Path contentDir, String ref, SourcePosition at,
            Diagnostics diagnostics) {
        if (ref.isBlank() || ref.startsWith("-")) {
            diagnostics.error(at, "'" + ref + "' is not a git revision", "e.g. --base origin/main");
            return Optional.empty();
        }
        try {
            Git.Result prefix = Git.run(contentDir, null, "rev-parse", "--show-prefix");
            if (!prefix.ok()) {
                diagnostics.error(at, "the content folder is not in a git repository, so there is no '" + ref
                        + "' to compare with", "run the check in a clone of the handbook's repository");
                return Optional.empty();
            }
            Git.Result commit = Git.run(contentDir, null, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
            if (!commit.ok()) {
                diagnostics.error(at, "'" + ref + "' is not a commit in this repository",
                        "fetch it first (git fetch origin); in GitHub Actions, check out with fetch-depth: 0");
                return Optional.empty();
            }
            Set<String> pages = new HashSet<>();
            Map<String, String> texts = revisionTexts(contentDir, commit.text().strip(), prefix.text().strip(),
                    pages);
            return Optional.of(read(texts, pages, Set.of()));
        } catch (IOException e) {
            diagnostics.error(at, "cannot run git: " + e.getMessage(), "install git, or leave out --base");
            return Optional.empty();
        }
    }

    /**
     * content/'s checklist and settings texts at {@code commit} (one ls-tree for the names, one cat-file for
     * every text); the keys of its pages are added to {@code pages}.
     */
    private static Map<String, String> revisionTexts(Path contentDir, String commit, String prefix,
            Set<String> pages) throws IOException {
        Git.Result tree = Git.run(contentDir, null, "ls-tree", "-r", "-z", "--full-name", commit, "--", ".");
        if (!tree.ok()) {
            throw new IOException("git ls-tree failed: " + tree.err());
        }
        Map<String, String> objects = new LinkedHashMap<>();
        for (String entry : tree.text().split("\0")) {
            int tab = entry.indexOf('\t');
            if (tab < 0 || !entry.substring(0, tab).split(" ")[1].equals("blob")) {
                continue;
            }
            String path = entry.substring(tab + 1);
            String rel = path.startsWith(prefix) ? path.substring(prefix.length()) : path;
            pageKey(rel).ifPresent(pages::add);
            if (isProgressFile(rel)) {
                objects.put(entry.substring(0, tab).split(" ")[2], rel);
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        if (objects.isEmpty()) {
            return texts;
        }
        byte[] request = (String.join("\n", objects.keySet()) + "\n").getBytes(StandardCharsets.UTF_8);
        Git.Result batch = Git.run(contentDir, request, "cat-file", "--batch");
        if (!batch.ok()) {
            throw new IOException("git cat-file failed: " + batch.err());
        }
        // Each object comes back as "<sha> blob <size>\n<size bytes>\n".
        byte[] out = batch.out();
        int at = 0;
        while (at < out.length) {
            int eol = indexOf(out, (byte) '\n', at);
            String[] header = new String(out, at, eol - at, StandardCharsets.UTF_8).split(" ");
            int size = Integer.parseInt(header[2]);
            String text = new String(out, eol + 1, size, StandardCharsets.UTF_8);
            texts.put(objects.get(header[0]), SourceText.normalize(text));
            at = eol + 1 + size + 1;
        }
        return texts;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IllegalStateException("unexpected output from git cat-file");
    }

    /** Files whose ids key progress: handbook.yml (the namespace) and checklists. Quizzes key nothing. */
    private static boolean isProgressFile(String rel) {
        return rel.endsWith(".yml") && !rel.endsWith(".quiz.yml") && !hidden(rel);
    }

    /**
     * A page's key, what its learners' quiz score, marks and notes are under: its path without ".md", except
     * that a phase in a part is "phases/NN-slug" whichever part it is in (as {@link dev.handbook.model.Page#key}).
     */
    private static Optional<String> pageKey(String rel) {
        if (!rel.endsWith(".md") || hidden(rel)) {
            return Optional.empty();
        }
        String[] parts = rel.split("/");
        boolean phaseInPart = parts.length == 3 && parts[0].equals("phases") && !parts[2].equals("index.md");
        String key = phaseInPart ? "phases/" + parts[2] : rel;
        return Optional.of(key.substring(0, key.length() - 3));
    }

    private static boolean hidden(String rel) {
        return Stream.of(rel.split("/")).anyMatch(part -> part.startsWith("."));
    }

    private static ProgressIds read(Map<String, String> texts, Set<String> pages, Set<String> unreadableFiles) {
        String handbookId = "";
        Map<String, String> ids = new HashMap<>();
        Set<String> former = new HashSet<>();
        Set<String> retired = new HashSet<>();
        Set<String> unreadable = new HashSet<>(unreadableFiles);
        for (Map.Entry<String, String> file : texts.entrySet()) {
            String rel = file.getKey();
            Diagnostics diagnostics = new Diagnostics();
            if (rel.equals("handbook.yml")) {
                handbookId = SettingsLoader.load(file.getValue(), rel, diagnostics).id();
            } else {
                Checklist checklist = ChecklistLoader.load(file.getValue(), rel, diagnostics);
                checklist.retired().forEach(id -> retired.add(id.value()));
                List<ChecklistItem> items = checklist.all().toList();
                for (ChecklistItem item : items) {
                    if (!item.id().value().isEmpty()) {
                        ids.putIfAbsent(item.id().value(), rel);
                    }
                    item.formerIds().forEach(was -> former.add(was.value()));
                }
            }
            if (diagnostics.hasErrors()) {
                unreadable.add(rel);
            }
        }
        return new ProgressIds(handbookId, ids, former, pages, unreadable, retired);
    }
}
