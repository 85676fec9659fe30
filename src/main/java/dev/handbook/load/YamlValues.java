package dev.handbook.load;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** How a message names a YAML value it did not expect: "a list", "nothing", or the text itself. */
final class YamlValues {
    private YamlValues() {}

    /** What kind of value {@code node} is, in words. */
    static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            return "nothing";
        }
        return "text";
    }

    /** The value itself when it is text, else its kind. */
    static String show(Node node) {
        return node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)
                ? "'" + scalar.getValue() + "'" : kind(node);
    }
}
