package dev.handbook.cli;

import dev.handbook.pipeline.BuildRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where the sources are and where the site goes: shared by build, check and serve. */
final class SiteOptions {
    static final Option SOURCE = Option.value("--source", "DIR", "The content folder (default: ./content).")
            .withDefault("content");
    static final Option TEMPLATES = Option.value("--templates", "DIR",
            "The templates folder (default: templates/ beside the content folder, else ./templates).");
    static final Option OUT = Option.value("--out", "DIR", "The output folder (default: ./site).")
            .withDefault("site");
    static final Option BASE_URL = Option.value("--base-url", "URL",
            "The site's public URL, e.g. https://you.github.io/handbook/ (overrides handbook.yml).");
    /** In the order help lists them. */
    static final List<Option> ALL = List.of(SOURCE, TEMPLATES, OUT, BASE_URL);

    final Path source;
    final Path templates;
    final Path out;
    final String baseUrl;

    SiteOptions(Args args) {
        this.source = args.path(SOURCE);
        this.templates = args.path(TEMPLATES);
        this.out = args.path(OUT);
        this.baseUrl = args.string(BASE_URL);
    }

    /** The options of {@code extra} after the site options, then help and version. */
    static List<Option> with(Option... extra) {
        List<Option> all = new ArrayList<>(ALL);
        all.addAll(List.of(extra));
        all.add(Option.HELP);
        all.add(Option.VERSION);
        return all;
    }

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
