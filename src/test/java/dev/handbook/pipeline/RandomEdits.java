package dev.handbook.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A small handbook (phases with checklists, former ids and quizzes, pages, files, its own copy of the theme)
 * changed at random the ways contributors change one: pages and items added, removed, renamed and reworded,
 * headings and quizzes edited, templates and assets changed, files touched without a change, broken and
 * mended. Each edit returns the paths it touched, as a watcher would report them. Deterministic per seed.
 */
final class RandomEdits {
    private static final String[] WORDS = {"ownership", "borrowing", "traits", "async", "tokio", "serde", "axum",
            "sqlx", "errors", "testing", "macros", "unsafe", "wasm", "cargo", "clippy", "tracing", "channels"};

    private final Path root;
    private final Random random;
    /** Phase number → slug; phase 1 is never removed (the landing page links to it). */
    private final Map<Integer, String> phases = new TreeMap<>();
    private final List<String> pages = new ArrayList<>();
    private int ids;

    RandomEdits(Path root, long seed) {
        this.root = root;
        this.random = new Random(seed);
    }

    Path content() {
        return root.resolve("content");
    }

    Path templates() {
        return root.resolve("templates");
    }

    /** Writes the starting handbook: settings, a landing page, three phases, a page, a file, the theme. */
    void start(Path theme) throws IOException {
        copyTree(theme, templates());
        write("content/handbook.yml", "id: random-book\ntitle: Random Book\ndescription: A handbook edited at random.\n");
        write("content/index.md", "---\ntitle: Welcome\n---\nStart with [phase one](phases/01-first.md#start-here).\n");
        phases.put(1, "first");
        writePhase(1, "First Steps", true);
        for (int n = 2; n <= 3; n++) {
            addPhase();
        }
        addPage();
        write("content/files/notes.txt", "Some notes.\n");
    }

    /** One random edit; returns the paths it touched. */
    Set<Path> edit() throws IOException {
        List<Supplier<Set<Path>>> edits = List.of(this::addPhase, this::removePhase, this::renamePhase,
                this::rewordBody, this::retitle, this::addItem, this::removeItem, this::renameItem, this::editQuiz,
                this::editTemplate, this::editAsset, this::touch, this::addPage, this::removePage);
        return edits.get(random.nextInt(edits.size())).get();
    }

    /** A file broken the way a slip of the keyboard breaks it; {@link #mend} puts it back. */
    Map<Path, byte[]> breakAFile() throws IOException {
        List<Path> files = files(content());
        Path file = files.get(random.nextInt(files.size()));
        Map<Path, byte[]> before = Map.of(file, Files.readAllBytes(file));
        String text = Files.readString(file);
        Files.writeString(file, file.toString().endsWith(".yml") ? text + "\n  - : [unclosed\n"
                : file.toString().endsWith(".md") ? text.replace("---\n", "--\n") : text);
        return before;
    }

    static Set<Path> mend(Map<Path, byte[]> before) throws IOException {
        for (Map.Entry<Path, byte[]> file : before.entrySet()) {
            Files.write(file.getKey(), file.getValue());
        }
        return before.keySet();
    }

    private Set<Path> addPhase() {
        int number = 2 + random.nextInt(30);
        if (phases.containsKey(number)) {
            return Set.of();
        }
        phases.put(number, word() + "-" + word());
        return writePhase(number, cap(word()) + " " + cap(word()), random.nextBoolean());
    }

    private Set<Path> writePhase(int number, String title, boolean quiz) {
        String stem = stem(number);
        Set<Path> touched = new HashSet<>();
        String heading = number == 1 ? "Start here" : cap(word()) + " " + word();
        touched.add(write(stem + ".md", "---\ntitle: " + title + "\nphase: " + number + "\nduration: "
                + (1 + random.nextInt(3)) + " weeks\noutcomes:\n  - You can use " + word() + ".\nmastery_check:\n"
                + "  title: Build a " + word() + " tool\n---\n## " + heading + "\n\nAbout " + word() + " and "
                + word() + ", see [the start](" + (number == 1 ? "" : "01-first.md") + "#start-here).\n"));
        touched.add(write(stem + ".yml", "items:\n" + item() + item()));
        if (quiz) {
            touched.add(write(stem + ".quiz.yml", "questions:\n" + question() + question()));
        }
        return touched;
    }

    private Set<Path> removePhase() {
        int number = otherPhase();
        if (number < 0) {
            return Set.of();
        }
        Set<Path> gone = delete(stem(number) + ".md", stem(number) + ".yml", stem(number) + ".quiz.yml");
        phases.remove(number);
        return gone;
    }

    private Set<Path> renamePhase() {
        int number = otherPhase();
        if (number < 0) {
            return Set.of();
        }
        Set<Path> touched = new HashSet<>();
        String old = stem(number);
        phases.put(number, word() + "-" + word());
        for (String suffix : List.of(".md", ".yml", ".quiz.yml")) {
            Path from = root.resolve(old + suffix);
            if (Files.exists(from)) {
                touched.add(from);
                touched.add(move(from, root.resolve(stem(number) + suffix)));
            }
        }
        return touched;
    }

    private Set<Path> rewordBody() {
        Path page = anyPhase(".md");
        String text = read(page);
        String changed = random.nextBoolean() && !text.contains("## Start here")
                ? text.replaceFirst("## .*", "## " + cap(word()) + " " + word())
                : text.replaceFirst("About \\w+", "About " + word());
        return Set.of(write(page, changed));
    }

    private Set<Path> retitle() {
        Path page = anyPhase(".md");
        return Set.of(write(page, read(page).replaceFirst("title: .*", "title: " + cap(word()) + " " + cap(word()))));
    }

    private Set<Path> addItem() {
        Path list = anyPhase(".yml");
        return Set.of(write(list, read(list) + item()));
    }

    private Set<Path> removeItem() {
        Path list = anyPhase(".yml");
        String text = read(list);
        int second = text.indexOf("  - id:", text.indexOf("  - id:") + 1);
        return second < 0 ? Set.of() : Set.of(write(list, text.substring(0, second)));
    }

    /** Gives an item a new id and keeps the old one under was:, so ticks move over. */
    private Set<Path> renameItem() {
        Path list = anyPhase(".yml");
        String text = read(list);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("  - id: (\\S+)\n").matcher(text);
        if (!m.find()) {
            return Set.of();
        }
        String renamed = "  - id: item-" + (++ids) + "\n    was: [" + m.group(1) + "]\n";
        return Set.of(write(list, text.substring(0, m.start()) + renamed + text.substring(m.end())
                .replaceFirst("    was: \\[([^\\]]*)\\]\n", "")));
    }

    private Set<Path> editQuiz() {
        int number = phases.keySet().stream().toList().get(random.nextInt(phases.size()));
        Path quiz = root.resolve(stem(number) + ".quiz.yml");
        if (!Files.exists(quiz)) {
            return Set.of(write(quiz, "questions:\n" + question() + question()));
        }
        return random.nextBoolean() ? delete(stem(number) + ".quiz.yml") : Set.of(write(quiz, read(quiz) + question()));
    }

    private Set<Path> editTemplate() {
        Path template = templates().resolve(random.nextBoolean() ? "404.ftlh" : "page.ftlh");
        String text = read(template);
        return Set.of(write(template, text.replaceFirst("<article class=\"page\">",
                "<article class=\"page\" data-edit=\"" + word() + "\">")));
    }

    private Set<Path> editAsset() {
        return switch (random.nextInt(3)) {
            case 0 -> Set.of(write(templates().resolve("assets/style.css"),
                    read(templates().resolve("assets/style.css")) + "\n." + word() + " { color: inherit; }\n"));
            case 1 -> Set.of(write(content().resolve("files/" + word() + ".txt"), word() + "\n"));
            default -> {
                List<Path> files = files(content().resolve("files"));
                yield files.size() < 2 ? Set.of() : delete(root.relativize(files.get(files.size() - 1)).toString());
            }
        };
    }

    /** A file saved without a change: a new modification time, the same bytes. */
    private Set<Path> touch() {
        List<Path> files = files(content());
        Path file = files.get(random.nextInt(files.size()));
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 1000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.of(file);
    }

    private Set<Path> addPage() {
        String name = word() + "-notes";
        if (pages.contains(name)) {
            return Set.of();
        }
        pages.add(name);
        Set<Path> touched = new HashSet<>();
        touched.add(write("content/" + name + ".md", "---\ntitle: " + cap(word()) + " notes\nnav_order: "
                + random.nextInt(5) + "\n---\n## " + cap(word()) + "\n\nBack to [phase one](phases/01-first.md).\n"));
        if (random.nextBoolean()) {
            touched.add(write("content/" + name + ".yml", "items:\n" + item()));
        }
        return touched;
    }

    private Set<Path> removePage() {
        if (pages.isEmpty()) {
            return Set.of();
        }
        String name = pages.remove(random.nextInt(pages.size()));
        return delete("content/" + name + ".md", "content/" + name + ".yml");
    }

    private String item() {
        String id = "item-" + (++ids);
        return "  - id: " + id + "\n    text: Practise " + word() + " with " + word() + "\n";
    }

    private String question() {
        return "  - id: q" + (++ids) + "\n    prompt: What is " + word() + "?\n    options:\n"
                + "      - text: A " + word() + "\n        correct: true\n        why: Because of " + word() + ".\n"
                + "      - text: A " + word() + "\n        why: Not quite.\n";
    }

    private String stem(int number) {
        return String.format("content/phases/%02d-%s", number, phases.get(number));
    }

    private int otherPhase() {
        List<Integer> others = phases.keySet().stream().filter(n -> n != 1).toList();
        return others.isEmpty() ? -1 : others.get(random.nextInt(others.size()));
    }

    private Path anyPhase(String suffix) {
        List<Integer> numbers = List.copyOf(phases.keySet());
        return root.resolve(stem(numbers.get(random.nextInt(numbers.size()))) + suffix);
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String cap(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private Path write(String rel, String text) {
        return write(root.resolve(rel), text);
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<Path> delete(String... rels) {
        Set<Path> gone = new HashSet<>();
        for (String rel : rels) {
            Path file = root.resolve(rel);
            try {
                if (Files.deleteIfExists(file)) {
                    gone.add(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return gone;
    }

    private static Path move(Path from, Path to) {
        try {
            return Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> files(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code dir} by its relative path (forward slashes), with its bytes as text. */
    static Map<String, String> tree(Path dir) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Path file : files(dir)) {
            out.put(dir.relativize(file).toString().replace('\\', '/'), read(file));
        }
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        for (Path file : files(from)) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
    }
}
