package dev.handbook.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The navigation every page carries, rendered once per folder depth and reused: each page only marks its
 * own entry. Profiling a 1,000-page build showed the per-page template loop over every phase as a quarter
 * of the CPU and 85% of the output. Beyond {@link #INLINE_LIMIT} phases a page lists only its neighbours
 * inline and links to the full list on the landing page, so pages stay small and still navigate without
 * JavaScript.
 */
final class Navigation {
    static final int INLINE_LIMIT = 60;
    static final int NEIGHBOURS = 10;

    private final List<View.NavEntry> phases;
    private final List<View.NavEntry> pages;
    private final View.Learner learner;
    private final Map<String, String[]> phaseItems = new ConcurrentHashMap<>();
    private final Map<String, String[]> pageItems = new ConcurrentHashMap<>();
    /** Where each key is in its list: looking it up by a scan made the navigation quadratic in the pages. */
    private final Map<String, Integer> phaseIndex = new java.util.HashMap<>();
    private final Map<String, Integer> pageIndex = new java.util.HashMap<>();

    Navigation(List<View.NavEntry> phases, List<View.NavEntry> pages, View.Learner learner) {
        this.phases = phases;
        this.pages = pages;
        this.learner = learner;
        for (int i = phases.size() - 1; i >= 0; i--) {
            phaseIndex.put(phases.get(i).key(), i);
        }
        for (int i = pages.size() - 1; i >= 0; i--) {
            pageIndex.put(pages.get(i).key(), i);
        }
    }

    /** The lists inside the page's {@code <nav>}, links relative to {@code root}, {@code current} marked. */
    String html(String root, String current) {
        String[] phaseLis = phaseItems.computeIfAbsent(root, r -> items(r, phases, true));
        String[] pageLis = pageItems.computeIfAbsent(root, r -> items(r, pages, false));
        StringBuilder out = new StringBuilder(phaseLis.length * 96 + 512);
        int at = phaseIndex.getOrDefault(current, -1);
        int from = 0;
        int to = phases.size();
        if (phases.size() > INLINE_LIMIT) {
            from = Math.max(0, (at < 0 ? 0 : at) - NEIGHBOURS);
            to = Math.min(phases.size(), from + 2 * NEIGHBOURS + 1);
        }
        out.append("<ol class=\"nav-phases\"").append(from > 0 ? " start=\"" + (from + 1) + "\"" : "").append(">\n");
        for (int i = from; i < to; i++) {
            out.append(i == at ? current(phaseLis[i]) : phaseLis[i]);
        }
        out.append("</ol>\n");
        if (from > 0 || to < phases.size()) {
            out.append("<p class=\"nav-more\"><a href=\"").append(root).append("index.html#phases\">All ")
                    .append(phases.size()).append(" phases</a></p>\n");
        }
        out.append("<ul class=\"nav-pages\">\n");
        int pageAt = pageIndex.getOrDefault(current, -1);
        for (int i = 0; i < pageLis.length; i++) {
            out.append(i == pageAt ? current(pageLis[i]) : pageLis[i]);
        }
        String plan = "<li><a href=\"" + root + learner.planPath() + "\">Your plan</a></li>\n";
        out.append("plan".equals(current) ? current(plan) : plan);
        String portfolio = "<li><a href=\"" + root + learner.portfolioPath() + "\">Your portfolio</a></li>\n";
        out.append("portfolio".equals(current) ? current(portfolio) : portfolio);
        return out.append("</ul>\n").toString();
    }

    private static String current(String li) {
        return li.replaceFirst("<a ", "<a aria-current=\"page\" ");
    }

    private static String[] items(String root, List<View.NavEntry> entries, boolean numbered) {
        String[] out = new String[entries.size()];
        for (int i = 0; i < out.length; i++) {
            View.NavEntry e = entries.get(i);
            String number = numbered ? "<span class=\"nav-number\">" + HtmlEscape.text(e.number()) + "</span> " : "";
            out[i] = "<li><a href=\"" + HtmlEscape.text(root + e.path()) + "\">" + number + HtmlEscape.text(e.title())
                    + "</a></li>\n";
        }
        return out;
    }
}
