package dev.handbook.browser;

import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The real handbook (content/ and templates/), built as CI builds it, for the browser and checker tests. */
final class RealSite {
    /** The base URL the tests build with: its path is the sub-path {@link StaticServer} serves under. */
    static final String BASE_URL = "https://example.github.io/handbook/";
    static final String SUB_PATH = "/handbook/";

    private RealSite() {}

    /** Builds the handbook into {@code dir}/site and returns that folder. */
    static Path build(Path dir) {
        Path site = dir.resolve("site");
        new SiteBuilder("test", Path.of("")).build(new BuildRequest(Path.of("content"), Path.of("templates"), site,
                Optional.of(BASE_URL), false, true));
        return site;
    }

    /** Every HTML page of a built site, relative to it, "/"-separated, sorted. */
    static List<String> pages(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString()
                    .replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
