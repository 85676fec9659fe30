package dev.handbook.load;

import dev.handbook.diag.Suggestions;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.Markdown;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, located reads from one YAML mapping. A missing required key, a wrong type or an unknown key
 * becomes a diagnostic and the read returns a neutral value, so loading goes on and every problem of a
 * file is reported in one run.
 */
final class YamlMap {
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final SourcePosition at;
    private final String file;
    private final int lineOffset;
    private final Diagnostics diagnostics;
    private final String what;
    /** Known keys an unknown key was taken for ("titel" → "title"): not reported again as missing. */
    private final Set<String> suggested = new java.util.HashSet<>();
    private String source;
    /** Not a mapping at all: one error said so; missing keys inside it are not reported again. */
    private final boolean broken;

    private YamlMap(MappingNode node, SourcePosition at, String file, int lineOffset, Diagnostics diagnostics,
            String what) {
        this(node, at, file, lineOffset, diagnostics, what, node == null);
    }

    private YamlMap(MappingNode node, SourcePosition at, String file, int lineOffset, Diagnostics diagnostics,
            String what, boolean broken) {
        this.at = at;
        this.file = file;
        this.lineOffset = lineOffset;
        this.diagnostics = diagnostics;
        this.what = what;
        this.broken = broken;
        if (node != null) {
            for (NodeTuple tuple : node.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    entries.putIfAbsent(key.getValue(), tuple);
                } else {
                    diagnostics.error(pos(tuple.getKeyNode()), "a key must be plain text", "");
                }
            }
        }
    }

    /** Reads {@code node} as a mapping; anything else is an error and gives an empty map. */
    static YamlMap of(Node node, String file, int lineOffset, Diagnostics diagnostics, String what) {
        SourcePosition at = YamlParser.position(node, file, lineOffset);
        if (node instanceof MappingNode map) {
            return new YamlMap(map, at, file, lineOffset, diagnostics, what);
        }
        diagnostics.error(at, what + " must be a mapping of keys to values, found " + YamlValues.kind(node),
                "write it as 'key: value' lines");
        return new YamlMap(null, at, file, lineOffset, diagnostics, what);
    }

    /** A map that could not be read (its error was reported): missing keys in it are not reported again. */
    static YamlMap empty(SourcePosition at, String file, int lineOffset, Diagnostics diagnostics, String what) {
        return new YamlMap(null, at, file, lineOffset, diagnostics, what);
    }

    /** A map with no keys at all (an empty front matter): each missing required key is reported. */
    static YamlMap blank(SourcePosition at, String file, int lineOffset, Diagnostics diagnostics, String what) {
        return new YamlMap(null, at, file, lineOffset, diagnostics, what, false);
    }

    SourcePosition position() {
        return at;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    SourcePosition positionOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? at : pos(tuple.getValueNode());
    }

    /** Reports every key not in {@code known}, with the closest known key as a hint. */
    void rejectUnknownKeys(Set<String> known) {
        for (NodeTuple tuple : entries.values()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!known.contains(key)) {
                Optional<String> closest = Suggestions.closest(key, known);
                closest.ifPresent(suggested::add);
                String hint = closest.map(s -> "did you mean '" + s + "'?")
                        .orElse("known keys: " + String.join(", ", known.stream().sorted().toList()));
                diagnostics.error(pos(tuple.getKeyNode()), "unknown key '" + key + "' in " + what, hint);
            }
        }
    }

    String requiredText(String key) {
        String value = text(key).orElseGet(() -> {
            missing(key);
            return "";
        });
        rejectBlank(key);
        return value;
    }

    Optional<String> text(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? Optional.empty() : Optional.of(textOf(tuple.getValueNode(), key));
    }

    /** Inline Markdown, located at its value so rendering problems point at the right line. */
    Markdown requiredMarkdown(String key) {
        if (!entries.containsKey(key)) {
            missing(key);
            return new Markdown("", at);
        }
        rejectBlank(key);
        return markdown(key).orElseThrow();
    }

    /** A required key written as {@code key: ""} would publish an empty title or an unlabelled checkbox. */
    private void rejectBlank(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple != null && tuple.getValueNode() instanceof ScalarNode scalar
                && !scalar.getTag().equals(Tag.NULL) && scalar.getValue().isBlank()) {
            diagnostics.error(pos(scalar), "'" + key + "' is empty in " + what,
                    "write the " + key.replace('_', ' ') + " after '" + key + ": '");
        }
    }

    Optional<Markdown> markdown(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        return Optional.of(markdownOf(tuple.getValueNode(), key));
    }

    Markdown markdownOf(Node node, String key) {
        String text = textOf(node, key);
        if (source != null && node instanceof ScalarNode scalar && (scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
                || scalar.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED)) {
            // A block scalar's text starts on the line after its '|' or '>', each line indented alike.
            String[] lines = source.split("\n", -1);
            int line = node.getStartMark().getLine() + 1;
            while (line < lines.length && lines[line].isBlank()) {
                line++;
            }
            if (line < lines.length) {
                int indent = lines[line].length() - lines[line].stripLeading().length();
                return new Markdown(text, new SourcePosition(file, line + 1 + lineOffset, indent + 1), indent);
            }
        }
        return new Markdown(text, pos(node));
    }

    /** The YAML text this map was read from: locates the lines of block scalars ('|', '>'). */
    YamlMap withSource(String yaml) {
        this.source = yaml;
        return this;
    }

    /** An integer written as a plain number; text, floats and the like are errors. */
    Optional<Integer> integer(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        Node node = tuple.getValueNode();
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)
                && scalar.getValue().matches("[0-9]{1,9}")) {
            return Optional.of(Integer.parseInt(scalar.getValue()));
        }
        diagnostics.error(pos(node), "'" + key + "' must be a whole number, found " + YamlValues.show(node),
                "write it without quotes, e.g. " + key + ": 3");
        return Optional.empty();
    }

    Optional<Boolean> bool(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        Node node = tuple.getValueNode();
        if (node instanceof ScalarNode scalar && (scalar.getValue().equals("true")
                || scalar.getValue().equals("false")) && scalar.getTag().equals(Tag.BOOL)) {
            return Optional.of(scalar.getValue().equals("true"));
        }
        diagnostics.error(pos(node), "'" + key + "' must be true or false, found " + YamlValues.show(node),
                "write " + key + ": true or " + key + ": false");
        return Optional.empty();
    }

    Optional<YamlMap> map(String key, String what) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? Optional.empty()
                : Optional.of(of(tuple.getValueNode(), file, lineOffset, diagnostics, what).withSource(source));
    }

    /** A list; a missing key gives an empty list, a non-list value an error. */
    List<Node> list(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return List.of();
        }
        Node node = tuple.getValueNode();
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            return List.of();
        }
        diagnostics.error(pos(node), "'" + key + "' must be a list, found " + YamlValues.kind(node),
                "write each entry on its own line starting with '- '");
        return List.of();
    }

    /** True when {@code key} holds a list (possibly empty). */
    boolean isList(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && tuple.getValueNode() instanceof SequenceNode;
    }

    List<String> textList(String key) {
        return mapList(key, node -> textOf(node, key));
    }

    List<Markdown> markdownList(String key) {
        return mapList(key, node -> markdownOf(node, key));
    }

    <T> List<T> mapList(String key, Function<Node, T> read) {
        List<T> out = new ArrayList<>();
        for (Node node : list(key)) {
            out.add(read.apply(node));
        }
        return out;
    }

    YamlMap child(Node node, String what) {
        return of(node, file, lineOffset, diagnostics, what).withSource(source);
    }

    SourcePosition pos(Node node) {
        return YamlParser.position(node, file, lineOffset);
    }

    /** True when an unknown key was reported as a likely misspelling of {@code key}. */
    boolean wasSuggested(String key) {
        return suggested.contains(key);
    }

    void missing(String key) {
        if (broken || suggested.contains(key)) {
            return;
        }
        diagnostics.error(at, "missing required key '" + key + "' in " + what, "add '" + key + ": ...'");
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    /**
     * The scalar exactly as written: {@code no}, {@code on}, {@code 1.10} or {@code 12:30} stay text,
     * never a boolean or a number.
     */
    private String textOf(Node node, String key) {
        if (node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
            return scalar.getValue();
        }
        String colonText = YamlSyntaxError.textWithColon(node);
        if (colonText != null) {
            diagnostics.error(pos(node), "'" + key + "' must be text, but the ': ' in this text makes it a"
                    + " 'key: value' pair", "put the whole text in quotes: \"" + colonText.replace("\"", "\\\"")
                            + "\"");
            return "";
        }
        diagnostics.error(pos(node), "'" + key + "' must be text, found " + YamlValues.kind(node),
                node instanceof ScalarNode ? "write the text after the colon"
                        : "quote the whole value if it is meant as text");
        return "";
    }
}
