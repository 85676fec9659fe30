package dev.handbook.pipeline;

import dev.handbook.check.AnchorCheck;
import dev.handbook.check.IdRules;
import dev.handbook.diag.BuildFailedException;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Reported;
import dev.handbook.diag.SourcePosition;
import dev.handbook.load.BaseUrls;
import dev.handbook.load.ContentLoader;
import dev.handbook.memo.Memo;
import dev.handbook.model.Handbook;
import dev.handbook.model.Messages;
import dev.handbook.model.SitePath;
import dev.handbook.output.SiteOutput;
import dev.handbook.render.MarkdownRenderer;
import dev.handbook.render.SiteRenderer;
import dev.handbook.render.Templates;
import dev.handbook.render.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Builds a handbook: load → check ids → render → check anchors → write. Every problem of every step is
 * collected; the site is written only when there is none, and swapped in whole. The same steps make every
 * build: a one-off build and each of the dev server's builds differ only in their {@link BuildSession}.
 */
public final class SiteBuilder {
    private final String version;
    private final Path displayRoot;

    /** @param displayRoot paths in messages are shown relative to this folder (the user's working folder) */
    public SiteBuilder(String version, Path displayRoot) {
        this.version = version;
        this.displayRoot = displayRoot.toAbsolutePath().normalize();
    }

    /** A one-off build. @throws BuildFailedException with every diagnostic when the sources have errors */
    public BuildResult build(BuildRequest request) {
        return build(request, BuildSession.oneOff());
    }

    /** A build of {@code session}. @throws BuildFailedException with every diagnostic when the sources have errors */
    public BuildResult build(BuildRequest request, BuildSession session) {
        Memo memo = session.memo();
        memo.startBuild();
        Diagnostics diagnostics = new Diagnostics();
        // Parsing the templates and asking git for dates need nothing from the content: they overlap loading.
        CompletableFuture<Reported<Templates>> parsing = CompletableFuture.supplyAsync(() ->
                ThemeTemplates.parse(request.templatesDir(), show(request.templatesDir()), memo));
        CompletableFuture<Function<String, Optional<String>>> dates = session.dates(request);
        Handbook handbook = load(request, session, diagnostics);
        diagnostics.addAll(memo.get("ids", "", idSources(handbook), () -> Reported.of(found -> {
            IdRules.check(handbook, found);
            return true;
        })).diagnostics());
        Reported<Templates> parsed = parsing.join();
        diagnostics.addAll(parsed.diagnostics());
        Templates templates = Optional.ofNullable(parsed.value())
                .orElseThrow(() -> new BuildFailedException(diagnostics.sorted()));
        Reported<Messages> messages = ThemeMessages.of(handbook.settings().language(), request, this::show,
                memo);
        diagnostics.addAll(messages.diagnostics());
        Texts texts = new Texts(Optional.ofNullable(messages.value())
                .orElseThrow(() -> new BuildFailedException(diagnostics.sorted())));
        MarkdownRenderer markdown = new MarkdownRenderer(handbook.settings().trustedHtml(), texts.markdownWords());
        SiteRenderer renderer = new SiteRenderer(handbook, templates, markdown, new SiteRenderer.Options(
                request.liveReload(), path -> dates.join().apply(path), version, texts), memo);
        SiteOutput out = session.open(request, show(request.outDir()), diagnostics)
                .orElseThrow(() -> new BuildFailedException(diagnostics.sorted()));
        try (out) {
            SiteRenderer.Rendered rendered = renderer.render(new OutputSink(out));
            diagnostics.addAll(rendered.diagnostics());
            AnchorCheck.check(rendered.anchors(), rendered.pages(), handbook.settings().brokenAnchors(), diagnostics);
            Map<SitePath, SiteAssets.Source> assets = SiteAssets.of(handbook, request.templatesDir(), rendered.pages(),
                    this::show, diagnostics);
            diagnostics.throwIfErrors();
            int files = new SiteFinisher(memo).finish(out, handbook, templates, markdown, texts,
                    rendered.pages(), assets, diagnostics);
            memo.sweep();
            return new BuildResult(handbook, rendered.pages().size(), files, diagnostics.sorted(),
                    rendered.renderedPages());
        } catch (BuildFailedException e) {
            diagnostics.addAll(e.diagnostics());
            throw new BuildFailedException(diagnostics.sorted());
        } catch (IOException | UncheckedIOException e) {
            // A full disk ends the build with a message, not a trace.
            diagnostics.error(SourcePosition.of(show(request.outDir())), "cannot write the site: " + e.getMessage()
                    + " (" + rootCause(e) + ")", "the previous site was left as it was");
            throw new BuildFailedException(diagnostics.sorted());
        }
    }

    private Handbook load(BuildRequest request, BuildSession session, Diagnostics diagnostics) {
        Reported<Optional<Handbook>> loaded = new ContentLoader(request.contentDir(), this::show)
                .load(session.takeChanges(), session.memo());
        diagnostics.addAll(loaded.diagnostics());
        Handbook handbook = loaded.value().orElseThrow(() -> new BuildFailedException(diagnostics.sorted()));
        if (request.baseUrl().isEmpty()) {
            return handbook;
        }
        return BaseUrls.normalize(request.baseUrl().get(), SourcePosition.of("--base-url"), diagnostics)
                .map(url -> handbook.withSettings(handbook.settings().withBaseUrl(url)))
                .orElse(handbook);
    }

    /** What the id rules depend on: every checklist and quiz (the same objects while their files are). */
    private static List<Object> idSources(Handbook handbook) {
        return handbook.allPages().<Object>flatMap(p -> Stream.of(p.checklist(), p.quiz())).toList();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

    /** A path as the user should see it in messages: relative to their folder when inside it. */
    public String show(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return (abs.startsWith(displayRoot) ? displayRoot.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
