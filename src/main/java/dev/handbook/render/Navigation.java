package dev.handbook.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each page's navigation lists (templates/nav.ftlh writes it): every phase, or beyond
 * {@link #INLINE_LIMIT} phases only the current phase's neighbours and a link to the full list on the
 * landing page, so pages stay small and still navigate without JavaScript; then the other pages.
 */
final class Navigation {
    static final int INLINE_LIMIT = 60;
    static final int NEIGHBOURS = 10;

    private final List<View.NavEntry> phases;
    /** Where each key is in the list: looking it up by a scan made the navigation quadratic in the pages. */
    private final Map<String, Integer> phaseIndex = new HashMap<>();

    Navigation(List<View.NavEntry> phases) {
        this.phases = phases;
        for (int i = phases.size() - 1; i >= 0; i--) {
            phaseIndex.put(phases.get(i).key(), i);
        }
    }

    /** The navigation of the page with key {@code current}. */
    View.Nav of(String current) {
        int at = phaseIndex.getOrDefault(current, -1);
        int from = 0;
        int to = phases.size();
        if (phases.size() > INLINE_LIMIT) {
            from = Math.max(0, (at < 0 ? 0 : at) - NEIGHBOURS);
            to = Math.min(phases.size(), from + 2 * NEIGHBOURS + 1);
        }
        boolean windowed = from > 0 || to < phases.size();
        return new View.Nav(current, phases.subList(from, to), from + 1, windowed ? phases.size() : 0);
    }
}
