package dev.handbook.check;

import dev.handbook.diag.Diagnostics;
import dev.handbook.model.AnchorRef;
import dev.handbook.model.Page;
import dev.handbook.model.RenderedPage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every {@code #anchor} link must name an id that exists on its target page. */
public final class AnchorCheck {
    private AnchorCheck() {}

    public static void check(List<AnchorRef> refs, List<RenderedPage> pages, Diagnostics diagnostics) {
        Map<Page, Set<String>> ids = new HashMap<>();
        for (RenderedPage page : pages) {
            if (page.page() != null) {
                ids.put(page.page(), page.ids());
            }
        }
        for (AnchorRef ref : refs) {
            Set<String> targetIds = ids.get(ref.target());
            if (targetIds == null || ref.fragment().isEmpty() || targetIds.contains(ref.fragment())) {
                continue;
            }
            String hint = targetIds.stream().filter(id -> id.contains(ref.fragment()) || ref.fragment().contains(id))
                    .findFirst().map(id -> "did you mean '#" + id + "'?")
                    .orElse("headings get ids like GitHub's: lower case, spaces as '-', punctuation dropped;"
                            + " checklist items are '#item-<id>'");
            diagnostics.error(ref.at(), "anchor '#" + ref.fragment() + "' not found in " + ref.target().sourceFile(),
                    hint);
        }
    }
}
