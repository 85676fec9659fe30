package dev.handbook.pipeline;

import dev.handbook.diag.Diagnostics;
import dev.handbook.memo.Memo;
import dev.handbook.model.Handbook;
import dev.handbook.model.RenderedPage;
import dev.handbook.model.SitePath;
import dev.handbook.output.SiteOutput;
import dev.handbook.render.AssetCompactor;
import dev.handbook.render.MarkdownRenderer;
import dev.handbook.render.SearchIndex;
import dev.handbook.render.Sitemap;
import dev.handbook.render.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The last step of a build: the files beside the pages (the search index, the assets, the sitemap when the
 * base URL is known, .nojekyll), then the swap that publishes the site.
 */
final class SiteFinisher {
    private final Memo memo;
    private final Path themeAssets;

    SiteFinisher(Memo memo, Path templatesDir) {
        this.memo = memo;
        this.themeAssets = templatesDir.resolve("assets");
    }

    /** Writes the files and commits; returns how many files the site has. */
    int finish(SiteOutput out, Handbook handbook, Templates templates, MarkdownRenderer markdown,
            List<RenderedPage> pages, Map<SitePath, Path> assets, Diagnostics diagnostics) throws IOException {
        SearchIndex search = new SearchIndex(markdown, memo);
        out.writeLater(new SitePath(SearchIndex.FILE), text -> search.write(handbook, pages, text));
        for (Map.Entry<SitePath, Path> asset : assets.entrySet()) {
            Path source = asset.getValue();
            if (isCode(source)) {
                // The theme's CSS and JS are on every page: published compacted (content files never are).
                out.write(asset.getKey(), compacted(source));
            } else {
                out.copy(source, asset.getKey());
            }
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

    /** Whether a file is the theme's CSS or JavaScript, which are published compacted. */
    private boolean isCode(Path source) {
        String name = source.getFileName().toString();
        return (name.endsWith(".css") || name.endsWith(".js")) && source.startsWith(themeAssets);
    }

    /** A theme file as published; each version of a file is compacted once. */
    private String compacted(Path source) throws IOException {
        String version = Files.getLastModifiedTime(source).toMillis() + " " + Files.size(source);
        return memo.get("theme-code", source.toAbsolutePath().normalize().toString(), version,
                () -> AssetCompactor.compact(source.getFileName().toString(), read(source)));
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
