package dev.handbook.pipeline;

import dev.handbook.diag.Diagnostics;
import dev.handbook.memo.Memo;
import dev.handbook.model.Handbook;
import dev.handbook.model.RenderedPage;
import dev.handbook.model.SitePath;
import dev.handbook.output.SiteOutput;
import dev.handbook.render.MarkdownRenderer;
import dev.handbook.render.SearchIndex;
import dev.handbook.render.Sitemap;
import dev.handbook.render.Templates;
import dev.handbook.render.Texts;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The last step of a build: the files beside the pages (the search index, the assets, the sitemap when the
 * base URL is known, .nojekyll), then the swap that publishes the site.
 */
final class SiteFinisher {
    private final Memo memo;

    SiteFinisher(Memo memo) {
        this.memo = memo;
    }

    /** Writes the files and commits; returns how many files the site has. */
    int finish(SiteOutput out, Handbook handbook, Templates templates, MarkdownRenderer markdown, Texts texts,
            List<RenderedPage> pages, Map<SitePath, SiteAssets.Source> assets, Diagnostics diagnostics)
            throws IOException {
        SearchIndex search = new SearchIndex(markdown, memo, texts);
        out.writeLater(new SitePath(SearchIndex.FILE), text -> search.write(handbook, pages, text));
        for (Map.Entry<SitePath, SiteAssets.Source> asset : assets.entrySet()) {
            asset.getValue().publish(out, asset.getKey());
        }
        out.write(new SitePath(".nojekyll"), "");
        int files = pages.size() + assets.size() + 2;
        if (handbook.settings().baseUrl().isPresent()) {
            Sitemap.render(templates, handbook.settings().baseUrl().get(), pages, diagnostics)
                    .ifPresent(xml -> out.write(new SitePath("sitemap.xml"), xml));
            diagnostics.throwIfErrors();
        }
        out.commit();
        return files;
    }
}
