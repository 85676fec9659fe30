package dev.handbook.load;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses YAML into SnakeYAML's node graph, never into Java objects: no type is ever constructed from a
 * tag (CVE-2022-1471), scalars stay as written (so {@code no} or {@code 1.10} in a text field is text),
 * and every node keeps its line and column. Limits stop alias bombs, deep nesting and huge files.
 */
final class YamlParser {
    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 40;
    static final int MAX_CODE_POINTS = 1_000_000;
    /** Tags the plain YAML we read resolves to; an explicit '!tag' asking for anything else is refused. */
    private static final java.util.Set<Tag> STANDARD_TAGS = java.util.Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL,
            Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ, Tag.MERGE);

    /** Resolves plain scalars' implicit tags; it only reads its tables once built, so threads share it. */
    private static final Resolver RESOLVER = new Resolver();

    private YamlParser() {}

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        return options;
    }

    /**
     * @param lineOffset lines before the YAML in its file (front matter starts on line 2)
     * @return the root node, or empty when the text is blank or could not be parsed (then a diagnostic
     *         was added)
     */
    static Optional<Node> parse(String text, String file, int lineOffset, Diagnostics diagnostics) {
        if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            diagnostics.error(new SourcePosition(file, lineOffset + 1, 1),
                    "YAML is larger than " + MAX_CODE_POINTS + " characters",
                    "split the file; a checklist or front matter this big is almost certainly a mistake");
            return Optional.empty();
        }
        LoaderOptions options = options();
        try {
            // The node graph alone, as Yaml.compose makes it, without the constructor and representer a Yaml
            // object builds and never uses here (a fifth of the YAML time in a profile of 1,000 pages).
            Node root = new Composer(new ParserImpl(new StreamReader(text), options), RESOLVER, options)
                    .getSingleNode();
            if (root != null) {
                new Checks(file, lineOffset, diagnostics).walk(root, 0);
            }
            return Optional.ofNullable(root);
        } catch (MarkedYAMLException e) {
            YamlSyntaxError error = YamlSyntaxError.of(e, text, lineOffset);
            diagnostics.error(new SourcePosition(file, lineOffset + error.line(), error.column()), error.message(),
                    error.message().contains("tag") ? "remove the '!' tag; write plain text, lists and mappings only"
                            : error.hint());
            return Optional.empty();
        } catch (YAMLException e) {
            diagnostics.error(new SourcePosition(file, lineOffset + 1, 1), "invalid YAML: " + e.getMessage(),
                    "");
            return Optional.empty();
        } catch (StackOverflowError e) {
            diagnostics.error(new SourcePosition(file, lineOffset + 1, 1), "YAML is nested too deeply",
                    "flatten the structure");
            return Optional.empty();
        }
    }

    static SourcePosition position(Node node, String file, int lineOffset) {
        Mark mark = node.getStartMark();
        return new SourcePosition(file, lineOffset + mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Rejects duplicate keys and alias-expanded blow-ups after composing. */
    private static final class Checks {
        private final String file;
        private final int lineOffset;
        private final Diagnostics diagnostics;
        private int visited;

        Checks(String file, int lineOffset, Diagnostics diagnostics) {
            this.file = file;
            this.lineOffset = lineOffset;
            this.diagnostics = diagnostics;
        }

        void walk(Node node, int depth) {
            // Aliases share nodes; counting visits bounds the work an alias graph can cause.
            if (++visited > 200_000 || depth > MAX_DEPTH) {
                throw new YAMLException("document expands to too many nodes (aliases?)");
            }
            if (!STANDARD_TAGS.contains(node.getTag())) {
                diagnostics.error(position(node, file, lineOffset), "YAML tag '" + node.getTag().getValue()
                        + "' is not allowed", "remove the '!' tag; write plain text, lists and mappings only");
            }
            if (node instanceof MappingNode map) {
                Map<String, Node> seen = new HashMap<>();
                for (NodeTuple tuple : map.getValue()) {
                    Node key = tuple.getKeyNode();
                    if (key instanceof ScalarNode scalar) {
                        Node first = seen.putIfAbsent(scalar.getValue(), key);
                        if (first != null) {
                            diagnostics.error(position(key, file, lineOffset),
                                    "duplicate key '" + scalar.getValue() + "' (first at line "
                                            + position(first, file, lineOffset).line() + ")",
                                    "remove one of them");
                        }
                    }
                    walk(tuple.getValueNode(), depth + 1);
                }
            } else if (node instanceof SequenceNode seq) {
                for (Node child : seq.getValue()) {
                    walk(child, depth + 1);
                }
            }
        }
    }
}
