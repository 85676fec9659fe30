package dev.handbook.cli;

import dev.handbook.pipeline.BuildRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where the sources are and where the site goes: shared by build, check and serve. */
final class SiteOptions {
    @Option(names = "--source", paramLabel = "DIR", description = "The content folder (default: ./content).")
    Path source = Path.of("content");

    @Option(names = "--templates", paramLabel = "DIR",
            description = "The templates folder (default: templates/ beside the content folder, else ./templates).")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", description = "The output folder (default: ./site).")
    Path out = Path.of("site");

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The site's public URL, e.g. https://you.github.io/handbook/ (overrides handbook.yml).")
    String baseUrl;

    BuildRequest request() {
        Path templatesDir = templates;
        if (templatesDir == null) {
            Path parent = source.toAbsolutePath().normalize().getParent();
            Path beside = parent == null ? null : parent.resolve("templates");
            templatesDir = beside != null && Files.isDirectory(beside) ? beside : Path.of("templates");
        }
        return new BuildRequest(source, templatesDir, out, Optional.ofNullable(baseUrl), false, true);
    }
}
