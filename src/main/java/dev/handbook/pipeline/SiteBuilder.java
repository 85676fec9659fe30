package dev.handbook.pipeline;

import dev.handbook.check.AnchorCheck;
import dev.handbook.check.IdRules;
import dev.handbook.diag.BuildFailedException;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.load.BaseUrls;
import dev.handbook.load.ContentLoader;
import dev.handbook.model.Asset;
import dev.handbook.model.Handbook;
import dev.handbook.model.RenderedPage;
import dev.handbook.model.SitePath;
import dev.handbook.load.SourceCache;
import dev.handbook.output.LiveOutput;
import dev.handbook.output.OutputTree;
import dev.handbook.output.SiteOutput;
import dev.handbook.output.StreamedText;
import dev.handbook.render.AssetCompactor;
import dev.handbook.render.ContentLinks;
import dev.handbook.render.MarkdownRenderer;
import dev.handbook.render.PageSink;
import dev.handbook.render.RenderCache;
import dev.handbook.render.SearchIndex;
import dev.handbook.render.SiteRenderer;
import dev.handbook.render.Sitemap;
import dev.handbook.render.Templates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Builds a handbook: load → check ids → render → check anchors → write. Every problem of every step is
 * collected; the site is written only when there is none, and swapped in whole.
 */
public final class SiteBuilder {
    static final List<String> TEMPLATES = List.of("index.ftlh", "phase.ftlh", "page.ftlh", "portfolio.ftlh",
            "plan.ftlh", "quiz.ftlh", "worksheet.ftlh", "worksheets.ftlh", "booklet-sheet.ftlh", "404.ftlh");
    private final String version;
    private final Path displayRoot;

    /** What a builder for repeated builds keeps between them; null for a one-off build. */
    private final Reuse reuse;

    /** @param displayRoot paths in messages are shown relative to this folder (the user's working folder) */
    public SiteBuilder(String version, Path displayRoot) {
        this(version, displayRoot, null);
    }

    private SiteBuilder(String version, Path displayRoot, Reuse reuse) {
        this.version = version;
        this.displayRoot = displayRoot.toAbsolutePath().normalize();
        this.reuse = reuse;
    }

    /**
     * A builder for repeated builds of one handbook into one folder (the dev server): a source file that
     * did not change is not parsed again, a page whose sources and surroundings did not change is not
     * rendered again, and the folder is updated in place with only the files a build changed.
     */
    public SiteBuilder reusingPages() {
        return new SiteBuilder(version, displayRoot, new Reuse());
    }

    /** The state repeated builds share. Builds run one at a time. */
    private static final class Reuse {
        final RenderCache pages = new RenderCache();
        final SourceCache sources = new SourceCache();
        final SearchIndex.Memo search = new SearchIndex.Memo();
        final GitDatesInBackground dates = new GitDatesInBackground();
        final Map<Path, Map.Entry<String, String>> compacted = new HashMap<>();
        LiveOutput output;
        Templates templates;
        String templatesStamp;
        List<Object> idSources;
        List<Diagnostic> idProblems;

        /** The folder's output, kept between builds; a build into another folder starts afresh. */
        LiveOutput output(Path outDir) {
            Path root = outDir.toAbsolutePath().normalize();
            if (output == null || !output.root().equals(root)) {
                output = new LiveOutput(root);
                pages.clear();
            }
            return output;
        }
    }

    /**
     * For the dev server, before it reads a file of the folder it builds into: makes the file now if the
     * last build left it to be made on request (the booklet, the search index).
     *
     * @param relative the file's path inside the output folder, with "/" between its parts
     */
    public void materialize(String relative) throws IOException {
        LiveOutput output = reuse == null ? null : reuse.output;
        if (output != null) {
            output.materialize(relative);
        }
    }

    /** The render cache's counts for the last build, or empty for a builder that keeps none. */
    public Optional<RenderCache> renderCache() {
        return Optional.ofNullable(reuse).map(r -> r.pages);
    }

    /**
     * A build for the dev server, told which files its watcher saw change since the last build (null when it
     * could not tell): when they are all known files of content/, the folder is not walked again.
     */
    public BuildResult build(BuildRequest request, java.util.Set<Path> changed) {
        if (reuse != null) {
            reuse.sources.changedSince(changed);
        }
        return build(request);
    }

    /** @throws BuildFailedException with every diagnostic when the sources have errors */
    public BuildResult build(BuildRequest request) {
        Diagnostics diagnostics = new Diagnostics();
        // Parsing the templates needs nothing from the content: on a second core, it overlaps loading.
        // (The dev server has them parsed already, unless a template changed.)
        CompletableFuture<ParsedTemplates> parsing = reuse != null && reuse.templates != null
                ? CompletableFuture.completedFuture(parseTemplates(request))
                : CompletableFuture.supplyAsync(() -> parseTemplates(request));
        // So do asking git for dates (two processes to wait for) and compacting the theme's CSS and JS: on a
        // small site, each is tens of milliseconds that would otherwise wait for the pages.
        CompletableFuture<Function<String, Optional<String>>> dates = reuse == null
                ? CompletableFuture.supplyAsync(() -> LastUpdated.of(request)) : null;
        CompletableFuture<Map<Path, String>> theme = reuse == null && request.write()
                ? CompletableFuture.supplyAsync(() -> compactedTheme(request)) : null;
        Handbook handbook = load(request, diagnostics);
        checkIds(handbook, diagnostics);
        ParsedTemplates parsed = parsing.join();
        diagnostics.addAll(parsed.problems());
        Templates templates = parsed.templates().orElseThrow(() -> new BuildFailedException(diagnostics.sorted()));
        MarkdownRenderer markdown = new MarkdownRenderer(handbook.settings().trustedHtml());
        Function<String, Optional<String>> lastUpdated = dates != null ? path -> dates.join().apply(path)
                : !request.write() ? LastUpdated.of(request) : reuse.dates.latest(request);
        SiteRenderer renderer = new SiteRenderer(handbook, templates, markdown, new SiteRenderer.Options(
                request.liveReload(), lastUpdated, version, reuse == null ? null : reuse.pages));
        ContentLinks links = new ContentLinks(handbook, diagnostics);
        try (SiteOutput tree = request.write() ? open(request, diagnostics) : null) {
            List<RenderedPage> pages = rendered(renderer, links, request, diagnostics, tree);
            AnchorCheck.check(links.anchors(), pages, diagnostics);
            Map<SitePath, Path> assets = assets(handbook, request, pages, diagnostics);
            SearchIndex search = new SearchIndex(markdown, reuse == null ? SearchIndex.Memo.none() : reuse.search);
            StreamedText searchIndex = out -> search.write(handbook, pages, out);
            diagnostics.throwIfErrors();
            int files = tree == null ? 0
                    : finish(tree, request, handbook, pages, searchIndex, assets, theme, diagnostics);
            if (reuse != null) {
                reuse.pages.commit();
            }
            return new BuildResult(handbook, pages.size(), files, diagnostics.sorted());
        }
    }

    /** Every page, written to {@code tree} as it renders; a full disk ends the build with a message, not a trace. */
    private List<RenderedPage> rendered(SiteRenderer renderer, ContentLinks links, BuildRequest request,
            Diagnostics diagnostics, SiteOutput tree) {
        try {
            return renderer.render(links, diagnostics, sink(tree, diagnostics));
        } catch (UncheckedIOException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            diagnostics.error(SourcePosition.of(show(request.outDir())), "cannot write the site: " + e.getMessage()
                    + " (" + root + ")", "the previous site was left as it was");
            throw new BuildFailedException(diagnostics.sorted());
        }
    }

    /** The id rules over every checklist and quiz; the dev server checks again only when one of them changed. */
    private void checkIds(Handbook handbook, Diagnostics diagnostics) {
        if (reuse == null) {
            IdRules.check(handbook, diagnostics);
            return;
        }
        List<Object> sources = handbook.allPages().<Object>flatMap(p -> Stream.of(p.checklist(), p.quiz())).toList();
        if (reuse.idSources == null || !RenderCache.same(reuse.idSources, sources)) {
            Diagnostics found = new Diagnostics();
            IdRules.check(handbook, found);
            reuse.idSources = sources;
            reuse.idProblems = found.sorted();
        }
        diagnostics.addAll(reuse.idProblems);
    }

    /** Where rendered pages go: {@code tree}, or nowhere for a check (which still renders them, for its problems). */
    private PageSink sink(SiteOutput tree, Diagnostics diagnostics) {
        return new PageSink() {
            @Override
            public void write(RenderedPage page) {
                if (tree != null) {
                    tree.write(page.output(), page.html());
                }
            }

            @Override
            public void keep(SitePath output) {
                if (tree != null) {
                    tree.keep(output);
                }
            }

            @Override
            public void writeLater(SitePath output, PageSink.Streamed page) {
                if (tree == null) {
                    // A check renders it for its problems only.
                    streamed(page, java.io.Writer.nullWriter(), diagnostics);
                } else if (reuse == null) {
                    // Straight to its file; if it fails, so does the build, and the folder is discarded.
                    tree.write(output, out -> streamed(page, out, diagnostics));
                } else {
                    tree.writeLater(output, out -> out.write(madeOnRequest(output, page)));
                }
            }
        };
    }

    private static void streamed(PageSink.Streamed page, java.io.Writer out, Diagnostics diagnostics) {
        try {
            page.render(out, diagnostics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page the dev server makes on request: if it has problems, they are the page. */
    private static String madeOnRequest(SitePath output, PageSink.Streamed page) {
        Diagnostics found = new Diagnostics();
        java.io.StringWriter html = new java.io.StringWriter();
        streamed(page, html, found);
        if (!found.hasErrors()) {
            return html.toString();
        }
        StringBuilder problems = new StringBuilder("<!DOCTYPE html><title>Problems</title><h1>" + output
                + " could not be made</h1><ul>");
        found.sorted().forEach(d -> problems.append("<li>").append(escape(d.location() + ": " + d.message()))
                .append("</li>"));
        return problems.append("</ul>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private Handbook load(BuildRequest request, Diagnostics diagnostics) {
        Handbook handbook = new ContentLoader(request.contentDir(), this::show, diagnostics,
                reuse == null ? null : reuse.sources).load()
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

    /** The templates, or empty with the problems that stopped them; their problems either way. */
    private record ParsedTemplates(Optional<Templates> templates, List<Diagnostic> problems) {}

    private ParsedTemplates parseTemplates(BuildRequest request) {
        Diagnostics own = new Diagnostics();
        try {
            return new ParsedTemplates(Optional.of(templates(request, own)), own.sorted());
        } catch (BuildFailedException e) {
            return new ParsedTemplates(Optional.empty(), own.sorted());
        }
    }

    private Templates templates(BuildRequest request, Diagnostics diagnostics) {
        Path dir = request.templatesDir();
        if (!Files.isDirectory(dir)) {
            diagnostics.error(SourcePosition.of(show(dir)), "templates folder not found",
                    "run from the handbook's folder, or pass --templates DIR");
            throw new BuildFailedException(diagnostics.sorted());
        }
        String stamp = reuse == null ? null : Templates.stamp(dir);
        if (reuse != null && reuse.templates != null && stamp.equals(reuse.templatesStamp)) {
            return reuse.templates; // parsed by an earlier build, from the same files
        }
        try {
            Templates templates = new Templates(dir, show(dir));
            boolean allParsed = TEMPLATES.stream().map(name -> templates.preload(name, diagnostics))
                    .reduce(true, Boolean::logicalAnd);
            if (!allParsed) {
                throw new BuildFailedException(diagnostics.sorted());
            }
            if (reuse != null) {
                reuse.templates = templates;
                reuse.templatesStamp = stamp;
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

    /**
     * The output folder, written in a temporary folder beside it until {@link #finish} swaps it in; for
     * repeated builds, the folder updated in place.
     */
    private SiteOutput open(BuildRequest request, Diagnostics diagnostics) {
        if (reuse != null) {
            return reuse.output(request.outDir());
        }
        List<Path> sources = List.of(request.contentDir(), request.templatesDir());
        return OutputTree.open(request.outDir(), sources, show(request.outDir()), diagnostics)
                .orElseThrow(() -> new BuildFailedException(diagnostics.sorted()));
    }

    /** Pages are written already; adds the search index and the files beside them, then swaps the site in. */
    private int finish(SiteOutput tree, BuildRequest request, Handbook handbook, List<RenderedPage> pages,
            StreamedText searchIndex, Map<SitePath, Path> assets, CompletableFuture<Map<Path, String>> theme,
            Diagnostics diagnostics) {
        Map<Path, String> compactedTheme = theme == null ? Map.of() : theme.join();
        try {
            tree.writeLater(new SitePath(SearchIndex.FILE), searchIndex);
            for (Map.Entry<SitePath, Path> asset : assets.entrySet()) {
                Path source = asset.getValue();
                String name = source.getFileName().toString();
                if (isCode(name) && source.startsWith(request.templatesDir().resolve("assets"))) {
                    // The theme's CSS and JS are on every page: published compacted (content files never are).
                    String done = compactedTheme.get(source);
                    tree.write(asset.getKey(), done != null ? done : compacted(source));
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

    /**
     * The theme's CSS and JavaScript (templates/assets/), compacted ahead of {@link #finish}; a file that
     * cannot be read is left out, and {@link #finish} reads it again to report why.
     */
    private Map<Path, String> compactedTheme(BuildRequest request) {
        Path themeAssets = request.templatesDir().resolve("assets");
        Map<Path, String> out = new HashMap<>();
        if (!Files.isDirectory(themeAssets)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(themeAssets)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (isCode(file.getFileName().toString())) {
                    try {
                        out.put(file, compacted(file));
                    } catch (IOException | UncheckedIOException e) {
                        // reported by finish, which reads it again
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the same: the files missing here are compacted, or reported, by finish
        }
        return out;
    }

    /** Whether a theme file is CSS or JavaScript, which are published compacted. */
    private static boolean isCode(String fileName) {
        return fileName.endsWith(".css") || fileName.endsWith(".js");
    }

    /** A theme file as published; the dev server compacts each version of a file once. */
    private String compacted(Path source) throws IOException {
        String name = source.getFileName().toString();
        if (reuse == null) {
            return AssetCompactor.compact(name, Files.readString(source));
        }
        String version = Files.getLastModifiedTime(source).toMillis() + " " + Files.size(source);
        Map.Entry<String, String> known = reuse.compacted.get(source);
        if (known == null || !known.getKey().equals(version)) {
            known = Map.entry(version, AssetCompactor.compact(name, Files.readString(source)));
            reuse.compacted.put(source, known);
        }
        return known.getValue();
    }

    /** A path as the user should see it in messages: relative to their folder when inside it. */
    public String show(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return (abs.startsWith(displayRoot) ? displayRoot.relativize(abs) : abs).toString().replace('\\', '/');
    }

}
