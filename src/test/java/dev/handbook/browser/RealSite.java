package dev.handbook.browser;

import dev.handbook.TestSupport;
import dev.handbook.model.Handbook;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real handbook (content/ and templates/), built as CI builds it and served under the base URL's sub-path,
 * as GitHub Pages serves a project site. Built once per run and shared ({@link BuiltSites}): no test changes it.
 */
final class RealSite implements AutoCloseable {
    /** The base URL the tests build with: its path is the sub-path the site is served under. */
    static final String BASE_URL = "https://example.github.io/handbook/";
    static final String SUB_PATH = "/handbook/";

    private final Path dir;
    private final Path site;
    private final Handbook handbook;
    private final StaticServer server;

    /** Builds the handbook into {@code dir}/site and serves it; {@link #close} deletes {@code dir}. */
    RealSite(Path dir) {
        this.dir = dir;
        this.site = dir.resolve("site");
        // The base URL's path (/handbook/) is what lets 404.html find its assets at any depth.
        this.handbook = new SiteBuilder("test", Path.of("")).build(new BuildRequest(Path.of("content"),
                Path.of("templates"), site, Optional.of(BASE_URL), false, true)).handbook();
        this.server = StaticServer.serve(site, SUB_PATH);
    }

    /** The built site's folder. */
    Path site() {
        return site;
    }

    Handbook handbook() {
        return handbook;
    }

    /** The served site's root URL, ending in "/". */
    String url() {
        return server.url();
    }

    /** Every HTML page of the site, relative to it, "/"-separated, sorted. */
    List<String> pages() {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString()
                    .replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        TestSupport.deleteQuietly(dir);
    }
}
