package dev.handbook.render;

import java.util.HashMap;
import java.util.Map;

/** The model a page's template gets: the site, the page, where the site's root is, its navigation and print heads. */
final class Models {
    private final View.Site site;
    private final Navigation navigation;

    Models(View.Site site) {
        this.site = site;
        this.navigation = new Navigation(site);
    }

    View.Site site() {
        return site;
    }

    Map<String, Object> of(View.Page view) {
        return of(view, new View.Print(CssString.quote(site.title()), CssString.quote(runningHead(view))));
    }

    Map<String, Object> of(View.Page view, View.Print print) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("page", view);
        model.put("root", view.root());
        model.put("pagePath", view.path());
        model.put("nav", navigation.of(view.key(), view.part() == null ? "" : view.part().key()));
        model.put("print", print);
        return model;
    }

    /** What the top right margin of each printed page says: the phase, or the page's title. */
    private static String runningHead(View.Page view) {
        if (view.phase() != null) {
            return "Phase " + view.phase().number() + " · " + view.title();
        }
        return view.kind().equals("index") ? "" : view.title();
    }
}
