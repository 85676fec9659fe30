package dev.handbook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The theme's shipped messages (issue 18, part 4): every language gives every English key and no other,
 * with the same placeholders, and each file passes the checks a handbook's own file gets.
 */
class MessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_][a-z0-9_]*)\\}");

    @TempDir
    Path dir;

    @Test
    void everyShippedLanguageHasAFileAndNoFileIsUnlisted() throws IOException {
        Path folder = Path.of("src/main/resources" + MessagesLoader.FOLDER);
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(new TreeSet<>(MessagesLoader.SHIPPED), files.map(f -> f.getFileName().toString()
                    .replaceFirst("\\.yml$", "")).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        }
    }

    @Test
    void germanAndEnglishHaveTheSameKeysAndPlaceholders() throws IOException {
        Map<String, String> en = flat("en");
        Map<String, String> de = flat("de");
        assertTrue(en.size() > 300, "the English file was read: " + en.size());
        assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(de.keySet()), "the same keys");
        assertEquals(placeholders(en), placeholders(de), "the same placeholders in each message");
    }

    @Test
    void eachShippedLanguageLoadsWithoutAProblem() {
        for (String language : MessagesLoader.SHIPPED) {
            Diagnostics diagnostics = new Diagnostics();
            Optional<Messages> messages = MessagesLoader.load(language, dir.resolve("none.yml"), "content/messages.yml",
                    SourcePosition.of("content/handbook.yml"), diagnostics);
            assertEquals(List.of(), diagnostics.sorted(), language);
            assertTrue(messages.orElseThrow().texts().size() > 300, language);
        }
    }

    @Test
    void aRegionalTagUsesItsLanguage() {
        assertEquals(Optional.of("de"), MessagesLoader.shipped("de-AT"));
        assertEquals(Optional.of("en"), MessagesLoader.shipped("en-GB"));
        assertEquals(Optional.empty(), MessagesLoader.shipped("fr"));
    }

    @Test
    void anOverrideReplacesOneMessage() throws IOException {
        Path own = Files.writeString(dir.resolve("messages.yml"), "phase:\n  mastery: Gesellenstück\n");
        Diagnostics diagnostics = new Diagnostics();
        Messages messages = MessagesLoader.load("de", own, "content/messages.yml",
                SourcePosition.of("content/handbook.yml"), diagnostics).orElseThrow();
        assertEquals("Gesellenstück", messages.texts().get("phase.mastery"));
        assertEquals("Lernziele", messages.texts().get("phase.outcomes"));
    }

    @Test
    void anUnknownKeyIsLocatedWithAGuess() throws IOException {
        Path own = Files.writeString(dir.resolve("messages.yml"), "phase:\n  mastrey: Gesellenstück\n");
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(MessagesLoader.load("de", own, "content/messages.yml", SourcePosition.of("content/handbook.yml"),
                diagnostics).isEmpty());
        assertEquals("content/messages.yml:2:3: error: unknown message key 'phase.mastrey' \u2014 did you mean"
                + " 'phase.mastery'?", diagnostics.sorted().get(0).toString().lines().findFirst().orElseThrow());
    }

    @Test
    void aLanguageTheThemeLacksNeedsEveryKey() throws IOException {
        // Dutch counts as English does (one, other), so each key is missing once.
        Path own = Files.writeString(dir.resolve("messages.yml"), "page:\n  skip_link: Naar de inhoud\n");
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(MessagesLoader.load("nl", own, "content/messages.yml", SourcePosition.of("content/handbook.yml"),
                diagnostics).isEmpty());
        assertTrue(diagnostics.sorted().stream().map(Object::toString).anyMatch(d -> d.startsWith(
                "content/messages.yml:1:1: error: missing message key 'page.dark_theme'")), diagnostics.sorted()
                .get(0).toString());
        assertEquals(flat("en").size() - 1, diagnostics.errorCount(), "each missing key once");
    }

    @Test
    void aLanguageTheThemeLacksWithoutAFileIsNamedAtItsLine() {
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(MessagesLoader.load("fr", dir.resolve("none.yml"), "content/messages.yml",
                new SourcePosition("content/handbook.yml", 4, 11), diagnostics).isEmpty());
        assertEquals("content/handbook.yml:4:11: error: the theme has no messages in 'fr'; it ships de, en",
                diagnostics.sorted().get(0).toString().lines().findFirst().orElseThrow());
    }

    private static Map<String, String> flat(String language) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream(MessagesLoader.FOLDER + language + ".yml")) {
            Map<String, String> out = new LinkedHashMap<>();
            flatten("", new Yaml(new SafeConstructor(new LoaderOptions())).load(in), out);
            return out;
        }
    }

    private static void flatten(String prefix, Object node, Map<String, String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, into));
        } else {
            into.put(prefix, String.valueOf(node));
        }
    }

    /**
     * Each message's placeholders; a message with a form per count is one message, so its forms' placeholders
     * are taken together (a language may say "eine Woche" where English says "{n} week").
     */
    private static Map<String, Set<String>> placeholders(Map<String, String> messages) {
        Map<String, Set<String>> out = new TreeMap<>();
        messages.forEach((key, text) -> {
            String message = key.replaceFirst("\\.(zero|one|two|few|many|other)$", "");
            Set<String> names = out.computeIfAbsent(message, k -> new TreeSet<>());
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
        });
        return out;
    }
}
