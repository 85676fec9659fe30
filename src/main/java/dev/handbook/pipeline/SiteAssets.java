package dev.handbook.pipeline;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.Asset;
import dev.handbook.model.Handbook;
import dev.handbook.model.RenderedPage;
import dev.handbook.model.SitePath;
import dev.handbook.render.SearchIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The files a site publishes as they are: content's files beside the pages, and the theme's
 * templates/assets/ as assets/. A file may not take the URL of a page or of another file.
 */
final class SiteAssets {
    private SiteAssets() {}

    /** Every asset by where it is published, in a fixed order; clashes are reported. */
    static Map<SitePath, Path> of(Handbook handbook, Path templatesDir, List<RenderedPage> pages,
            Function<Path, String> show, Diagnostics diagnostics) {
        Set<String> pagePaths = new HashSet<>();
        pages.forEach(p -> pagePaths.add(p.output().value().toLowerCase(Locale.ROOT)));
        pagePaths.add(SearchIndex.FILE);
        Map<SitePath, Path> out = new TreeMap<>();
        for (Asset asset : handbook.assets()) {
            if (pagePaths.contains(asset.output().value().toLowerCase(Locale.ROOT))) {
                diagnostics.error(SourcePosition.of(show.apply(asset.source())), "this file has the same URL as a page"
                        + " or a file the build writes (" + asset.output() + ")", "rename it");
                continue;
            }
            out.put(asset.output(), asset.source());
        }
        Path themeAssets = templatesDir.resolve("assets");
        if (!Files.isDirectory(themeAssets)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(themeAssets)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                SitePath path = new SitePath("assets/" + themeAssets.relativize(file).toString().replace('\\', '/'));
                Path clash = out.put(path, file);
                if (clash != null) {
                    diagnostics.error(SourcePosition.of(show.apply(clash)), "this file would overwrite the theme's "
                            + path, "rename or move it: templates/assets/ is published as assets/");
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            diagnostics.error(SourcePosition.of(show.apply(themeAssets)), "cannot read theme assets: " + e, "");
        }
        return out;
    }
}
