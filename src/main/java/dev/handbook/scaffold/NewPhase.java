package dev.handbook.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code handbook new phase "Title"}: the next phase's Markdown file (front matter with outcomes and a mastery
 * check to fill in) and its checklist, named and numbered as the loader expects: NN-slug.md beside NN-slug.yml,
 * in the last part (or the one named) when the handbook has parts. It reads only file names: a phase's number
 * is its file name's.
 */
public final class NewPhase {
    private static final Pattern PHASE_FILE = Pattern.compile("(\\d+)-([a-z0-9-]+)\\.md");
    private static final Pattern PART_FOLDER = Pattern.compile("(\\d+)-([a-z0-9-]+)");

    private NewPhase() {}

    /** Writes the phase; returns the files written. */
    public static List<Path> write(Path contentDir, String title, Optional<String> part, OptionalInt number) {
        if (!Files.isRegularFile(contentDir.resolve("handbook.yml"))) {
            throw new Refused(contentDir.toString(), "this is not a handbook's content folder (it has no"
                    + " handbook.yml)", "run in the handbook's folder (the one with content/), or pass --source DIR");
        }
        Path phases = contentDir.resolve("phases");
        String slug = Slug.of(title);
        if (slug.isEmpty()) {
            throw new Refused(phases.toString(), "the title \"" + title + "\" has no letters or digits to name the"
                    + " phase's file with", "give a title with words in Latin letters, e.g. \"Testing Basics\"");
        }
        List<Path> parts = folders(phases);
        Path folder = part.map(name -> find(phases, parts, name))
                .orElse(parts.isEmpty() ? phases : parts.get(parts.size() - 1));
        TreeMap<Integer, Path> numbers = new TreeMap<>();
        for (Path dir : Stream.concat(Stream.of(phases), parts.stream()).toList()) {
            for (Path file : phaseFiles(dir)) {
                Matcher m = PHASE_FILE.matcher(file.getFileName().toString());
                m.matches();
                numbers.putIfAbsent(Integer.parseInt(m.group(1)), file);
                if (m.group(2).equals(slug)) {
                    throw new Refused(file.toString(), "a phase named '" + slug + "' exists already",
                            "give the new phase another title: its checklist ids start with the name");
                }
            }
        }
        int next = numbers.isEmpty() ? 1 : numbers.lastKey() + 1;
        int n = number.orElse(next);
        if (numbers.containsKey(n)) {
            throw new Refused(numbers.get(n).toString(), "phase " + n + " is this file already",
                    "leave --number out to take the next free number (" + next + "), or choose another");
        }
        String name = String.format("%02d-%s", n, slug);
        NewFiles files = new NewFiles(folder);
        files.add(name + ".md", markdown(title, n).getBytes(StandardCharsets.UTF_8));
        files.add(name + ".yml", checklist(slug).getBytes(StandardCharsets.UTF_8));
        List<String> existing = files.existing();
        if (!existing.isEmpty()) {
            throw new Refused(folder.resolve(existing.get(0)).toString(), "this file exists already",
                    "nothing was written; give the new phase another title or --number");
        }
        return files.write();
    }

    private static Path find(Path phases, List<Path> parts, String name) {
        for (Path dir : parts) {
            Matcher m = PART_FOLDER.matcher(dir.getFileName().toString());
            if (dir.getFileName().toString().equals(name) || m.matches() && m.group(2).equals(name)) {
                return dir;
            }
        }
        List<String> known = parts.stream().map(p -> p.getFileName().toString()).toList();
        throw new Refused(phases.toString(), "there is no part '" + name + "'", known.isEmpty()
                ? "this handbook has no parts: leave --part out, or make one (a folder phases/NN-slug/ with an"
                        + " index.md)"
                : "the parts are " + String.join(", ", known) + ": pass one of them to --part");
    }

    /** The part folders: phases/NN-slug/ with an index.md. */
    private static List<Path> folders(Path phases) {
        return list(phases).stream().filter(Files::isDirectory)
                .filter(dir -> PART_FOLDER.matcher(dir.getFileName().toString()).matches())
                .filter(dir -> Files.isRegularFile(dir.resolve("index.md"))).sorted().toList();
    }

    private static List<Path> phaseFiles(Path dir) {
        return list(dir).stream().filter(Files::isRegularFile)
                .filter(f -> PHASE_FILE.matcher(f.getFileName().toString()).matches()).sorted().toList();
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return new ArrayList<>(entries.toList());
        } catch (IOException e) {
            throw new Refused(dir.toString(), "cannot read this folder", "check its permissions");
        }
    }

    private static String markdown(String title, int number) {
        return """
                ---
                title: %s
                phase: %d
                duration: 1 week
                outcomes:
                  - Say what a learner can do after this phase.
                mastery_check:
                  title: Show what you built
                  acceptance:
                    - Say how the learner knows they are done.
                ---
                Introduce the phase: what it teaches and why it matters.

                ## What to learn

                Explain it here, in Markdown.
                """.formatted(quoted(title), number);
    }

    private static String checklist(String slug) {
        return """
                # The phase's checklist. An item's id keys the learner's tick: never change it once published.
                items:
                  - id: %1$s-first-item
                    text: The first thing to learn
                    detail: Say what to read or do, and why.
                  - id: %1$s-second-item
                    text: The second thing to learn
                """.formatted(slug);
    }

    /** The title as a YAML double-quoted string: any text stays text ("Yes", "1.0", "a: b"). */
    private static String quoted(String title) {
        return "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
