package dev.handbook.load;

import dev.handbook.diag.Diagnostics;
import dev.handbook.model.Checklist;
import dev.handbook.model.ChecklistItem;
import dev.handbook.model.ItemId;
import dev.handbook.model.Link;
import dev.handbook.model.Markdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a checklist file ({@code items:} and an optional {@code review:}). */
final class ChecklistLoader {
    private static final Set<String> TOP_KEYS = Set.of("items", "review");
    private static final Set<String> ITEM_KEYS = Set.of("id", "text", "detail", "links", "was");
    private static final Set<String> LINK_KEYS = Set.of("title", "url");

    private ChecklistLoader() {}

    static Checklist load(String text, String file, Diagnostics diagnostics) {
        Node root = YamlParser.parse(text, file, 0, diagnostics).orElse(null);
        if (root == null) {
            return new Checklist(file, List.of(), List.of());
        }
        YamlMap top = YamlMap.of(root, file, 0, diagnostics, "a checklist");
        top.rejectUnknownKeys(TOP_KEYS);
        if (!top.has("items") && !top.has("review")) {
            diagnostics.error(top.position(), "checklist has no 'items'", "add 'items:' with at least one item,"
                    + " or delete the file if the page has no checklist");
        }
        List<ChecklistItem> items = top.mapList("items", node -> item(top.child(node, "a checklist item")));
        List<ChecklistItem> review = top.mapList("review", node -> item(top.child(node, "a review item")));
        if (top.has("items") && items.isEmpty() && top.isList("items")) {
            diagnostics.error(top.positionOf("items"), "checklist 'items' is empty",
                    "add at least one item, or delete the file if the page has no checklist");
        }
        return new Checklist(file, items, review);
    }

    private static ChecklistItem item(YamlMap map) {
        map.rejectUnknownKeys(ITEM_KEYS);
        ItemId id = Ids.read(map, "id");
        Markdown text = map.requiredMarkdown("text");
        Markdown detail = map.markdown("detail").orElse(new Markdown("", map.position()));
        List<Link> links = map.mapList("links", node -> link(map.child(node, "a link")));
        List<ItemId> was = new ArrayList<>();
        for (Node node : map.list("was")) {
            String value = map.markdownOf(node, "was").source();
            was.add(Ids.check(value, map.pos(node), "former id", map.diagnostics()));
        }
        return new ChecklistItem(id, text, detail, links, was);
    }

    private static Link link(YamlMap map) {
        map.rejectUnknownKeys(LINK_KEYS);
        return new Link(map.requiredText("title"), map.requiredText("url"));
    }
}
