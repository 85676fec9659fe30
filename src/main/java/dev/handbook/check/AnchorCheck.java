package dev.handbook.check;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Severity;
import dev.handbook.model.AnchorRef;
import dev.handbook.model.Page;
import dev.handbook.model.RenderedPage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every {@code #anchor} link must name an id that exists on its target page. A text fragment
 * ({@code #id:~:text=...}, which browsers scroll to and highlight) counts by its id alone. A missing anchor
 * is an error, or a warning in a handbook whose settings say {@code broken_anchors: warn}.
 */
public final class AnchorCheck {
    private AnchorCheck() {}

    public static void check(List<AnchorRef> refs, List<RenderedPage> pages, Severity severity,
            Diagnostics diagnostics) {
        // By content path, not by Page: a page reused from the dev server's render cache names its targets as
        // they were when it was rendered, and the same path is the same page. A phase is published on two
        // pages (itself and its quiz): its anchors are those of both.
        Map<String, Set<String>> ids = new HashMap<>();
        for (RenderedPage page : pages) {
            if (page.page() != null) {
                // Copied only for the second page of a path: the dev server checks 1,000 pages on every save.
                Set<String> first = ids.putIfAbsent(page.page().contentPath(), page.ids());
                if (first != null) {
                    Set<String> both = new HashSet<>(first);
                    both.addAll(page.ids());
                    ids.put(page.page().contentPath(), both);
                }
            }
        }
        // A page whose own file has errors may have lost the headings, items or questions an anchor names:
        // reporting the anchor too would only repeat that error, so it is checked again once the file is fixed.
        Set<String> broken = diagnostics.filesWithErrors();
        for (AnchorRef ref : refs) {
            Set<String> targetIds = ids.get(ref.target().contentPath());
            String id = AnchorRef.idOf(ref.fragment());
            if (targetIds == null || id.isEmpty() || targetIds.contains(id) || isBroken(ref, broken)) {
                continue;
            }
            String hint = targetIds.stream().filter(known -> known.contains(id) || id.contains(known))
                    .findFirst().map(known -> "did you mean '#" + known + "'?")
                    .orElse("headings get ids like GitHub's: lower case, spaces as '-', punctuation dropped;"
                            + " checklist items are '#item-<id>'");
            diagnostics.add(new Diagnostic(severity, ref.at().file(), ref.at().line(), ref.at().column(),
                    "anchor '#" + id + "' not found in " + ref.target().sourceFile(), hint));
        }
    }

    /** Whether the file that defines the anchor's target (its checklist, quiz or the page itself) has errors. */
    private static boolean isBroken(AnchorRef ref, Set<String> broken) {
        Page page = ref.target();
        String fragment = AnchorRef.idOf(ref.fragment());
        String source = fragment.startsWith("item-") ? page.checklist().sourceFile()
                : fragment.startsWith("q-") ? page.quiz().sourceFile() : "";
        boolean unreadable = page.body().isBlank() && broken.contains(page.sourceFile());
        return unreadable || broken.contains(source);
    }
}
