package dev.handbook.pipeline;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.Asset;
import dev.handbook.model.Handbook;
import dev.handbook.model.RenderedPage;
import dev.handbook.model.SitePath;
import dev.handbook.output.SiteOutput;
import dev.handbook.render.SearchIndex;
import dev.handbook.render.Theme;
import dev.handbook.render.ThemeFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The files a site publishes as they are: content's files beside the pages, and the theme's assets/ (the
 * theme folder's files over the built-in theme's, name by name) as assets/. A file may not take the URL of
 * a page or of another file.
 */
final class SiteAssets {
    private SiteAssets() {}

    /** A file published byte for byte: from disk, or from the built-in theme inside handbook's jar. */
    record Source(Path file, ThemeFile builtIn) {
        void publish(SiteOutput out, SitePath at) throws IOException {
            if (file != null) {
                out.copy(file, at);
            } else {
                out.write(at, builtIn.bytes());
            }
        }
    }

    /** Every asset by where it is published, in a fixed order; clashes are reported. */
    static Map<SitePath, Source> of(Handbook handbook, Path templatesDir, List<RenderedPage> pages,
            Function<Path, String> show, Diagnostics diagnostics) {
        Set<String> pagePaths = new HashSet<>();
        pages.forEach(p -> pagePaths.add(p.output().value().toLowerCase(Locale.ROOT)));
        pagePaths.add(SearchIndex.FILE);
        Map<SitePath, Source> out = new TreeMap<>();
        for (Asset asset : handbook.assets()) {
            if (pagePaths.contains(asset.output().value().toLowerCase(Locale.ROOT))) {
                diagnostics.error(SourcePosition.of(show.apply(asset.source())), "this file has the same URL as a page"
                        + " or a file the build writes (" + asset.output() + ")", "rename it");
                continue;
            }
            out.put(asset.output(), new Source(asset.source(), null));
        }
        Theme theme = new Theme(templatesDir, show.apply(templatesDir));
        try {
            for (ThemeFile file : theme.files("assets/").values()) {
                SitePath path = new SitePath(file.name());
                Source clash = out.put(path, new Source(file.path(), file.isBuiltIn() ? file : null));
                if (clash != null) {
                    diagnostics.error(SourcePosition.of(show.apply(clash.file())), "this file would overwrite the"
                            + " theme's " + path, "rename or move it: the theme's assets/ is published as assets/");
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            diagnostics.error(SourcePosition.of(show.apply(templatesDir.resolve("assets"))),
                    "cannot read theme assets: " + e, "");
        }
        return out;
    }
}
