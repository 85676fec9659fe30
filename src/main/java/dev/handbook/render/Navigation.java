package dev.handbook.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each page's navigation lists (templates/nav.ftlh writes it). Without parts: every phase, or beyond
 * {@link #INLINE_LIMIT} phases only the current phase's neighbours and a link to the full list on the
 * landing page, so pages stay small and still navigate without JavaScript. With parts: each part as a
 * group, the page's own part open; a part's list is cut the same way when it is that long, and beyond
 * {@link #INLINE_LIMIT} phases in all, a closed part links to its page instead of listing its phases (a
 * course of 300 lessons in 11 parts: 6 KB of navigation a page, not 46). Then the other pages.
 */
final class Navigation {
    static final int INLINE_LIMIT = 60;
    static final int NEIGHBOURS = 10;

    private final View.Site site;
    /** Where each key is in its list: looking it up by a scan made the navigation quadratic in the pages. */
    private final Map<String, Integer> index = new HashMap<>();

    Navigation(View.Site site) {
        this.site = site;
        indexKeys(site.phases());
        site.parts().forEach(part -> indexKeys(part.phases()));
    }

    private void indexKeys(List<View.NavEntry> entries) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            index.put(entries.get(i).key(), i);
        }
    }

    /** The navigation of the page with key {@code current}, in the part with key {@code currentPart} (or ""). */
    View.Nav of(String current, String currentPart) {
        if (site.parts().isEmpty()) {
            View.NavPart all = window(null, site.phases(), current, true);
            return new View.Nav(current, all.phases(), all.start(), all.total(), List.of(), "");
        }
        List<View.NavPart> parts = site.parts().stream().map(part -> window(part, part.phases(), current,
                part.key().equals(currentPart))).toList();
        return new View.Nav(current, List.of(), 1, 0, parts, currentPart);
    }

    /**
     * {@code phases} as a page lists them: all of them, or when there are more than {@link #INLINE_LIMIT},
     * the neighbours of {@code current} in the open list and none in a closed one (none either when the
     * handbook has more than that in all), with their {@code total}.
     */
    private View.NavPart window(View.PartEntry part, List<View.NavEntry> phases, String current, boolean open) {
        if (phases.size() <= INLINE_LIMIT && (open || site.phases().size() <= INLINE_LIMIT)) {
            return new View.NavPart(part, phases, 1, 0);
        }
        if (!open) {
            return new View.NavPart(part, List.of(), 1, phases.size());
        }
        int at = index.getOrDefault(current, -1);
        boolean here = at >= 0 && at < phases.size() && phases.get(at).key().equals(current);
        int from = Math.max(0, (here ? at : 0) - NEIGHBOURS);
        int to = Math.min(phases.size(), from + 2 * NEIGHBOURS + 1);
        boolean windowed = from > 0 || to < phases.size();
        return new View.NavPart(part, phases.subList(from, to), from + 1, windowed ? phases.size() : 0);
    }
}
