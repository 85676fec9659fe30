package dev.handbook.render;

import dev.handbook.model.RenderedPage;
import java.util.List;

/** sitemap.xml with absolute URLs, for a site whose base URL is known. */
public final class Sitemap {
    private Sitemap() {}

    public static String of(String baseUrl, List<RenderedPage> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (RenderedPage page : pages) {
            if (page.page() == null) {
                continue;
            }
            String path = page.page().isIndex() ? "" : page.output().value();
            xml.append("  <url><loc>").append(escape(baseUrl + path)).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
