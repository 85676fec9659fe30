package dev.handbook.pipeline;

import dev.handbook.check.AnchorCheck;
import dev.handbook.check.IdRules;
import dev.handbook.diag.BuildFailedException;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.load.BaseUrls;
import dev.handbook.load.ContentLoader;
import dev.handbook.model.Asset;
import dev.handbook.model.Handbook;
import dev.handbook.model.RenderedPage;
import dev.handbook.model.SitePath;
import dev.handbook.output.OutputTree;
import dev.handbook.render.AssetCompactor;
import dev.handbook.render.ContentLinks;
import dev.handbook.render.MarkdownRenderer;
import dev.handbook.render.RenderCache;
import dev.handbook.render.SearchIndex;
import dev.handbook.render.SiteRenderer;
import dev.handbook.render.Sitemap;
import dev.handbook.render.Templates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds a handbook: load → check ids → render → check anchors → write. Every problem of every step is
 * collected; the site is written only when there is none, and swapped in whole.
 */
public final class SiteBuilder {
    static final List<String> TEMPLATES = List.of("index.ftlh", "phase.ftlh", "page.ftlh", "portfolio.ftlh",
            "plan.ftlh", "quiz.ftlh", "worksheet.ftlh", "worksheets.ftlh", "404.ftlh");
    private final String version;
    private final Path displayRoot;

    private final RenderCache cache;

    /** @param displayRoot paths in messages are shown relative to this folder (the user's working folder) */
    public SiteBuilder(String version, Path displayRoot) {
        this(version, displayRoot, null);
    }

    private SiteBuilder(String version, Path displayRoot, RenderCache cache) {
        this.version = version;
        this.displayRoot = displayRoot.toAbsolutePath().normalize();
        this.cache = cache;
    }

    /**
     * A builder for repeated builds of one handbook (the dev server): a page whose sources and whose
     * surroundings did not change since the last build is reused instead of rendered again.
     */
    public SiteBuilder reusingPages() {
        return new SiteBuilder(version, displayRoot, new RenderCache());
    }

    /** The render cache's counts for the last build, or empty for a builder that keeps none. */
    public Optional<RenderCache> renderCache() {
        return Optional.ofNullable(cache);
    }

    /** @throws BuildFailedException with every diagnostic when the sources have errors */
    public BuildResult build(BuildRequest request) {
        Diagnostics diagnostics = new Diagnostics();
        Handbook handbook = load(request, diagnostics);
        IdRules.check(handbook, diagnostics);
        Templates templates = templates(request, diagnostics);
        MarkdownRenderer markdown = new MarkdownRenderer(handbook.settings().trustedHtml());
        SiteRenderer renderer = new SiteRenderer(handbook, templates, markdown,
                new SiteRenderer.Options(request.liveReload(), LastUpdated.of(request), version, cache));
        ContentLinks links = new ContentLinks(handbook, diagnostics);
        try (OutputTree tree = request.write() ? open(request, diagnostics) : null) {
            List<RenderedPage> pages = renderer.render(links, diagnostics, page -> {
                if (tree != null) {
                    tree.write(page.output(), page.html());
                }
            });
            AnchorCheck.check(links.anchors(), pages, diagnostics);
            Map<SitePath, Path> assets = assets(handbook, request, pages, diagnostics);
            String searchIndex = new SearchIndex(markdown).script(handbook, pages);
            diagnostics.throwIfErrors();
            int files = tree == null ? 0
                    : finish(tree, request, handbook, pages, searchIndex, assets, diagnostics);
            return new BuildResult(handbook, pages.size(), files, diagnostics.sorted());
        }
    }

    private Handbook load(BuildRequest request, Diagnostics diagnostics) {
        Handbook handbook = new ContentLoader(request.contentDir(), this::show, diagnostics).load()
                .orElseThrow(() -> new BuildFailedException(diagnostics.sorted()));
        if (request.baseUrl().isPresent()) {
            String url = BaseUrls.normalize(request.baseUrl().get(), SourcePosition.of("--base-url"), diagnostics)
                    .orElse(null);
            if (url != null) {
                handbook = new Handbook(handbook.settings().withBaseUrl(url), handbook.index(), handbook.phases(),
                        handbook.pages(), handbook.assets());
            }
        }
        return handbook;
    }

    private Templates templates(BuildRequest request, Diagnostics diagnostics) {
        Path dir = request.templatesDir();
        if (!Files.isDirectory(dir)) {
            diagnostics.error(SourcePosition.of(show(dir)), "templates folder not found",
                    "run from the handbook's folder, or pass --templates DIR");
            throw new BuildFailedException(diagnostics.sorted());
        }
        try {
            Templates templates = new Templates(dir, show(dir));
            boolean allParsed = TEMPLATES.stream().map(name -> templates.preload(name, diagnostics))
                    .reduce(true, Boolean::logicalAnd);
            if (!allParsed) {
                throw new BuildFailedException(diagnostics.sorted());
            }
            return templates;
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(show(dir)), "cannot read templates: " + e.getMessage(), "");
            throw new BuildFailedException(diagnostics.sorted());
        }
    }

    /** Files copied as they are: content's files beside the pages, and templates/assets/ as assets/. */
    private Map<SitePath, Path> assets(Handbook handbook, BuildRequest request, List<RenderedPage> pages,
            Diagnostics diagnostics) {
        java.util.Set<String> pagePaths = new java.util.HashSet<>();
        pages.forEach(p -> pagePaths.add(p.output().value().toLowerCase(java.util.Locale.ROOT)));
        pagePaths.add(SearchIndex.FILE);
        Map<SitePath, Path> out = new HashMap<>();
        for (Asset asset : handbook.assets()) {
            if (pagePaths.contains(asset.output().value().toLowerCase(java.util.Locale.ROOT))) {
                diagnostics.error(SourcePosition.of(show(asset.source())), "this file has the same URL as a page or a file the build writes ("
                        + asset.output() + ")", "rename it");
                continue;
            }
            out.put(asset.output(), asset.source());
        }
        Path themeAssets = request.templatesDir().resolve("assets");
        if (Files.isDirectory(themeAssets)) {
            try (Stream<Path> files = Files.walk(themeAssets)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    SitePath path = new SitePath("assets/" + themeAssets.relativize(file).toString().replace('\\', '/'));
                    Path clash = out.put(path, file);
                    if (clash != null) {
                        diagnostics.error(SourcePosition.of(show(clash)), "this file would overwrite the theme's "
                                + path, "rename or move it: templates/assets/ is published as assets/");
                    }
                }
            } catch (IOException e) {
                diagnostics.error(SourcePosition.of(show(themeAssets)), "cannot read theme assets: " + e, "");
            }
        }
        return out;
    }

    /** The output folder, written in a temporary folder beside it until {@link #finish} swaps it in. */
    private OutputTree open(BuildRequest request, Diagnostics diagnostics) {
        List<Path> sources = List.of(request.contentDir(), request.templatesDir());
        return OutputTree.open(request.outDir(), sources, show(request.outDir()), diagnostics)
                .orElseThrow(() -> new BuildFailedException(diagnostics.sorted()));
    }

    /** Pages are written already; adds the search index and the files beside them, then swaps the site in. */
    private int finish(OutputTree tree, BuildRequest request, Handbook handbook, List<RenderedPage> pages,
            String searchIndex, Map<SitePath, Path> assets, Diagnostics diagnostics) {
        try {
            tree.write(new SitePath(SearchIndex.FILE), searchIndex);
            for (Map.Entry<SitePath, Path> asset : assets.entrySet()) {
                Path source = asset.getValue();
                String name = source.getFileName().toString();
                boolean code = name.endsWith(".css") || name.endsWith(".js");
                if (code && source.startsWith(request.templatesDir().resolve("assets"))) {
                    // The theme's CSS and JS are on every page: published compacted (content files never are).
                    tree.write(asset.getKey(), AssetCompactor.compact(name, Files.readString(source)));
                } else {
                    tree.copy(source, asset.getKey());
                }
            }
            tree.write(new SitePath(".nojekyll"), "");
            handbook.settings().baseUrl().ifPresent(base -> tree.write(new SitePath("sitemap.xml"),
                    Sitemap.of(base, pages)));
            tree.commit();
            return pages.size() + assets.size() + 2;
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(SourcePosition.of(show(request.outDir())), "cannot write the site: " + e.getMessage(),
                    "the previous site was left as it was");
            throw new BuildFailedException(diagnostics.sorted());
        }
    }

    /** A path as the user should see it in messages: relative to their folder when inside it. */
    public String show(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return (abs.startsWith(displayRoot) ? displayRoot.relativize(abs) : abs).toString().replace('\\', '/');
    }

}
