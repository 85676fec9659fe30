package dev.handbook.load;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.Checklist;
import dev.handbook.model.ChecklistItem;
import dev.handbook.model.ItemId;
import dev.handbook.model.Link;
import dev.handbook.model.Markdown;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a checklist file ({@code items:} and an optional {@code review:}). */
final class ChecklistLoader {
    static final Set<String> TOP_KEYS = Set.of("items", "review", "retired");
    static final Set<String> ITEM_KEYS = Set.of("id", "text", "detail", "links", "was");
    static final Set<String> LINK_KEYS = Set.of("title", "url");

    private ChecklistLoader() {}

    static Checklist load(String text, String file, Diagnostics diagnostics) {
        long errorsBefore = diagnostics.errorCount();
        SchemaComment.check(text, file, SchemaComment.CHECKLIST, diagnostics);
        Node root = YamlParser.parse(text, file, 0, diagnostics).orElse(null);
        if (root == null) {
            if (diagnostics.errorCount() == errorsBefore) {
                diagnostics.error(new SourcePosition(file, 1, 1), "checklist file is empty",
                        "add 'items:' with at least one item, or delete the file if the page has no checklist");
            }
            return new Checklist(file, List.of(), List.of(), List.of());
        }
        YamlMap top = YamlMap.of(root, file, 0, diagnostics, "a checklist").withSource(text);
        top.rejectUnknownKeys(TOP_KEYS);
        if (!top.has("items") && !top.has("review") && !top.has("retired") && root instanceof MappingNode
                && !top.wasSuggested("items")) {
            diagnostics.error(top.position(), "checklist has no 'items'", "add 'items:' with at least one item,"
                    + " or delete the file if the page has no checklist");
        }
        List<ChecklistItem> items = top.mapList("items", node -> item(top.child(node, "a checklist item")));
        List<ChecklistItem> review = top.mapList("review", node -> item(top.child(node, "a review item")));
        if (top.has("items") && items.isEmpty() && top.isList("items")) {
            diagnostics.error(top.positionOf("items"), "checklist 'items' is empty",
                    "add at least one item, or delete the file if the page has no checklist");
        }
        List<ItemId> retired = new ArrayList<>();
        for (Node node : top.list("retired")) {
            String value = top.markdownOf(node, "retired").source();
            retired.add(Ids.check(value, top.pos(node), "retired id", diagnostics));
        }
        return new Checklist(file, items, review, retired);
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
        String title = map.requiredText("title");
        String url = map.requiredText("url");
        if (!url.isBlank() && !isWebUrl(url)) {
            map.diagnostics().error(map.positionOf("url"), "link url '" + url + "' is not an absolute http(s) URL",
                    "an item's links point to sources on the web, e.g. https://doc.rust-lang.org/book/;"
                            + " link to the handbook's own pages from the Markdown text instead");
        }
        return new Link(title, url);
    }

    /** The template prints links as they are, so anything but http(s) (javascript:, relative paths) is refused. */
    static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
