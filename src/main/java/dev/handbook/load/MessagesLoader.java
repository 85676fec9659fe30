package dev.handbook.load;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.Messages;
import dev.handbook.model.Plurals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The theme's words for a handbook. The languages the theme speaks ship inside the handbook jar
 * (dev/handbook/messages/en.yml, which names every key, and one file per other language, which gives every
 * key too); handbook.yml's {@code language:} picks one (de-AT falls back to de). The handbook's own
 * content/messages.yml replaces single messages, and must give every key for a language the theme does not
 * ship. Keys nest in YAML mappings or are written with dots ({@code nav: {label: ...}} or
 * {@code nav.label: ...}). An unknown key, a missing one, a plural form the language does not have and a
 * placeholder the message does not know are errors at their place.
 */
public final class MessagesLoader {
    /** The languages whose messages ship with the theme, each a file {@code <language>.yml} in {@link #FOLDER}. */
    public static final List<String> SHIPPED = List.of("de", "en");
    /** Where the shipped messages are on the class path. */
    static final String FOLDER = "/dev/handbook/messages/";
    /** How diagnostics name a shipped file (only a broken jar has errors there; MessagesTest guards them). */
    static final String SHOWN = "handbook.jar!" + FOLDER;
    /** The handbook's own messages, relative to content/. */
    public static final String OVERRIDE = "messages.yml";
    /**
     * Where the list of every key is, for a hint: the English file, which a course author has only inside
     * the jar (this repository's contributors also in src/main/resources).
     */
    static final String KEYS_LISTED = "unzip -p handbook.jar " + FOLDER.substring(1) + "en.yml";
    /** A BCP 47 tag, as handbook.yml's {@code language:} is checked to be (SettingsLoader). */
    private static final Pattern TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_][a-z0-9_]*)\\}");

    /** A messages file as read. */
    private record Source(String shown, byte[] bytes) {}

    /** A message as a file gives it: {@code at} is its key's place, {@code textAt} its text's. */
    record Entry(String value, SourcePosition at, SourcePosition textAt) {}

    /** A file's messages by key, and where each group of them starts (to place what is missing). */
    record Parsed(String shown, Map<String, Entry> entries, Map<String, SourcePosition> groups) {}

    private MessagesLoader() {}

    /** The shipped language {@code language} uses, most specific first: de-AT uses de; empty when none fits. */
    static Optional<String> shipped(String language) {
        String tag = language.toLowerCase(java.util.Locale.ROOT);
        while (!tag.isEmpty()) {
            if (SHIPPED.contains(tag)) {
                return Optional.of(tag);
            }
            int dash = tag.lastIndexOf('-');
            tag = dash < 0 ? "" : tag.substring(0, dash);
        }
        return Optional.empty();
    }

    /**
     * The messages of {@code language}, or empty when there are errors (in {@code diagnostics}).
     *
     * @param override      content/messages.yml, which may not exist; {@code overrideShown} is how messages name it
     * @param languageAt    where handbook.yml names the language: a language the theme lacks is reported there
     */
    public static Optional<Messages> load(String language, Path override, String overrideShown,
            SourcePosition languageAt, Diagnostics diagnostics) {
        if (!TAG.matcher(language).matches()) {
            // handbook.yml's check has said so already; English lets the rest of the check go on.
            language = "en";
        }
        long errorsBefore = diagnostics.errorCount();
        Optional<Parsed> reference = parse(shippedFile("en"), diagnostics);
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        MessageKeys keys = MessageKeys.of(reference.get(), diagnostics);
        Optional<String> ours = shipped(language);
        boolean isEnglish = ours.filter("en"::equals).isPresent();
        Set<String> categories = isEnglish ? keys.englishForms : Plurals.categories(language);
        Map<String, String> given = new LinkedHashMap<>();
        ours.filter(l -> !isEnglish).flatMap(l -> parse(shippedFile(l), diagnostics)).ifPresent(file -> {
            keys.check(file, categories, diagnostics);
            keys.missing(file, categories, diagnostics);
            file.entries().forEach((key, entry) -> given.put(key, entry.value()));
        });
        Optional<Parsed> own = Files.exists(override)
                ? SourceText.read(override, overrideShown, diagnostics).flatMap(t -> parse(overrideShown, t, diagnostics))
                : Optional.empty();
        own.ifPresent(file -> keys.check(file, categories, diagnostics));
        if (ours.isEmpty()) {
            // A language the theme does not speak: the handbook's own file gives every message.
            if (own.isPresent()) {
                keys.missing(own.get(), categories, diagnostics);
            } else if (!Files.exists(override)) {
                diagnostics.error(languageAt, "the theme has no messages in '" + language + "'; it ships "
                        + String.join(", ", SHIPPED), "choose one of " + String.join(", ", SHIPPED) + ", or write "
                        + overrideShown + " with every message key in that language (" + KEYS_LISTED + " lists them)");
            }
        }
        own.ifPresent(file -> file.entries().forEach((key, entry) -> given.put(key, entry.value())));
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Entry> theEnglish = reference.get().entries();
        for (String key : keys.order) {
            List<String> forms = keys.plurals.contains(key)
                    ? categories.stream().map(c -> key + "." + c).toList() : List.of(key);
            for (String k : forms) {
                String value = given.containsKey(k) ? given.get(k)
                        : isEnglish && theEnglish.containsKey(k) ? theEnglish.get(k).value() : null;
                if (value != null) {
                    texts.put(k, value);
                }
            }
        }
        return Optional.of(new Messages(language, texts));
    }

    /** A shipped messages file; a jar without it is broken, not the handbook's fault. */
    private static Source shippedFile(String language) {
        String name = FOLDER + language + ".yml";
        try (java.io.InputStream in = MessagesLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the handbook jar lacks " + name);
            }
            return new Source(SHOWN + language + ".yml", in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + name + " from the handbook jar", e);
        }
    }

    private static Optional<Parsed> parse(Source source, Diagnostics diagnostics) {
        return SourceText.decode(source.bytes(), source.shown(), diagnostics)
                .flatMap(text -> parse(source.shown(), text, diagnostics));
    }

    private static Optional<Parsed> parse(String shown, String text, Diagnostics diagnostics) {
        Optional<Node> root = YamlParser.parse(text, shown, 0, diagnostics);
        if (root.isEmpty()) {
            if (!diagnostics.hasErrors()) {
                return Optional.of(new Parsed(shown, Map.of(), Map.of()));
            }
            return Optional.empty();
        }
        if (!(root.get() instanceof MappingNode map)) {
            diagnostics.error(YamlParser.position(root.get(), shown, 0), "a messages file is a mapping of keys to"
                    + " texts", "write 'key: text' lines, e.g. 'nav:' and under it '  plan: Your plan'");
            return Optional.empty();
        }
        Parsed parsed = new Parsed(shown, new LinkedHashMap<>(), new LinkedHashMap<>());
        flatten(map, "", parsed, diagnostics);
        return Optional.of(parsed);
    }

    private static void flatten(MappingNode map, String prefix, Parsed into, Diagnostics diagnostics) {
        for (NodeTuple tuple : map.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                diagnostics.error(YamlParser.position(tuple.getKeyNode(), into.shown(), 0), "a key must be plain text",
                        "");
                continue;
            }
            String key = prefix + keyNode.getValue();
            SourcePosition at = YamlParser.position(keyNode, into.shown(), 0);
            Node value = tuple.getValueNode();
            if (value instanceof MappingNode group) {
                into.groups().putIfAbsent(key, at);
                flatten(group, key + ".", into, diagnostics);
            } else if (value instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
                Entry first = into.entries().putIfAbsent(key, new Entry(scalar.getValue(), at,
                        YamlParser.position(scalar, into.shown(), 0)));
                if (first != null) {
                    diagnostics.error(at, "message '" + key + "' is given twice (first at line " + first.at().line()
                            + ")", "remove one of them");
                }
            } else {
                diagnostics.error(at, "message '" + key + "' has no text", "write the text after the colon, in"
                        + " quotes when it holds ': '");
            }
        }
    }
}
