package dev.handbook.render;

import java.util.HashMap;
import java.util.Map;

/** The model a page's template gets: the site, the page, where the site's root is, its navigation and print heads. */
final class Models {
    private final View.Site site;
    private final Navigation navigation;
    private final Texts texts;
    private final MessageMethod msg;
    private final MessageMethod.ScriptTexts scriptTexts;

    Models(View.Site site, Texts texts) {
        this.site = site;
        this.navigation = new Navigation(site);
        this.texts = texts;
        this.msg = new MessageMethod(texts);
        this.scriptTexts = new MessageMethod.ScriptTexts(texts);
    }

    View.Site site() {
        return site;
    }

    Texts texts() {
        return texts;
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
        model.put("msg", msg);
        model.put("scriptTexts", scriptTexts);
        return model;
    }

    /** What the top right margin of each printed page says: the phase, or the page's title. */
    private String runningHead(View.Page view) {
        if (view.phase() != null) {
            return texts.format("print.phase_head", java.util.Map.of("number", view.phase().number(), "title",
                    view.title()));
        }
        return view.kind().equals("index") ? "" : view.title();
    }
}
