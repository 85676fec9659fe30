package dev.handbook.load;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.ChecklistItem;
import dev.handbook.model.ItemId;
import dev.handbook.model.ProgressIds;
import dev.handbook.model.Quiz;
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
 * Reads the ids learners' progress is stored under from content/'s YAML files, either as they are on disk
 * or as they were in a git revision ({@code handbook check --base}). Both go through the same loaders as a
 * build, so an id means the same thing on both sides.
 */
public final class ProgressIdsReader {
    private ProgressIdsReader() {}

    /** The ids in content/ as it is now. */
    public static ProgressIds fromFolder(Path contentDir) {
        Map<String, String> texts = new LinkedHashMap<>();
        Set<String> unreadable = new HashSet<>();
        try (Stream<Path> files = Files.walk(contentDir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = contentDir.relativize(file).toString().replace('\\', '/');
                if (isProgressFile(rel)) {
                    SourceText.read(file, rel, new Diagnostics()).ifPresentOrElse(t -> texts.put(rel, t),
                            () -> unreadable.add(rel));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // The build reports an unreadable content folder; here it simply holds no ids.
        }
        return read(texts, unreadable);
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
            return Optional.of(read(revisionTexts(contentDir, commit.text().strip(), prefix.text().strip()),
                    Set.of()));
        } catch (IOException e) {
            diagnostics.error(at, "cannot run git: " + e.getMessage(), "install git, or leave out --base");
            return Optional.empty();
        }
    }

    /** content/'s YAML files at {@code commit}: one ls-tree for the names, one cat-file for every text. */
    private static Map<String, String> revisionTexts(Path contentDir, String commit, String prefix)
            throws IOException {
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

    /** Files whose ids are progress: handbook.yml (the namespace), checklists and quizzes; hidden ones are skipped. */
    private static boolean isProgressFile(String rel) {
        return rel.endsWith(".yml") && Stream.of(rel.split("/")).noneMatch(part -> part.startsWith("."));
    }

    private static ProgressIds read(Map<String, String> texts, Set<String> unreadableFiles) {
        String handbookId = "";
        Map<String, ProgressIds.Entry> ids = new HashMap<>();
        Set<String> former = new HashSet<>();
        Set<String> unreadable = new HashSet<>(unreadableFiles);
        for (Map.Entry<String, String> file : texts.entrySet()) {
            String rel = file.getKey();
            Diagnostics diagnostics = new Diagnostics();
            if (rel.equals("handbook.yml")) {
                handbookId = SettingsLoader.load(file.getValue(), rel, diagnostics).id();
            } else if (rel.endsWith(".quiz.yml")) {
                for (Quiz.Question q : QuizLoader.load(file.getValue(), rel, diagnostics).questions()) {
                    put(ids, q.id(), new ProgressIds.Entry(rel, true));
                }
            } else {
                List<ChecklistItem> items = ChecklistLoader.load(file.getValue(), rel, diagnostics).all().toList();
                for (ChecklistItem item : items) {
                    put(ids, item.id(), new ProgressIds.Entry(rel, false));
                    item.formerIds().forEach(was -> former.add(was.value()));
                }
            }
            if (diagnostics.hasErrors()) {
                unreadable.add(rel);
            }
        }
        return new ProgressIds(handbookId, ids, former, unreadable);
    }

    private static void put(Map<String, ProgressIds.Entry> ids, ItemId id, ProgressIds.Entry entry) {
        if (!id.value().isEmpty()) {
            ids.putIfAbsent(id.value(), entry);
        }
    }
}
