package dev.handbook.render;

import dev.handbook.diag.Diagnostics;
import dev.handbook.model.RenderedPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * sitemap.xml (templates/sitemap.ftlx) with absolute URLs, for a site whose base URL is known: every content
 * page, then every page that publishes a phase's text elsewhere and names it (its quiz). Pages the site adds
 * (the learner's, 404, the worksheets) are left out.
 */
public final class Sitemap {
    public static final String TEMPLATE = "sitemap.ftlx";

    private Sitemap() {}

    public static Optional<byte[]> render(Templates templates, String baseUrl, List<RenderedPage> pages,
            Diagnostics diagnostics) {
        List<String> own = new ArrayList<>();
        List<String> copies = new ArrayList<>();
        for (RenderedPage page : pages) {
            if (page.page() == null) {
                continue;
            }
            boolean itself = page.output().equals(page.page().output());
            String path = itself && page.page().isIndex() ? "" : page.output().value();
            (itself ? own : copies).add(baseUrl + path);
        }
        own.addAll(copies);
        Map<String, Object> model = new HashMap<>();
        model.put("urls", own);
        return templates.renderUtf8(TEMPLATE, model, diagnostics);
    }
}
