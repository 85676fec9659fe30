package dev.handbook.cli;

import dev.handbook.pipeline.BuildRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Where the sources are and where the site goes: a mixin shared by build, check and serve. */
final class SiteOptions {
    private final OptionSpec source = OptionSpec.builder("--source").paramLabel("DIR").type(Path.class)
            .defaultValue("content").description("The content folder (default: ./content).").build();
    private final OptionSpec templates = OptionSpec.builder("--templates").paramLabel("DIR").type(Path.class)
            .description("The theme folder, whose files override the built-in theme's by name (default: templates/"
                    + " beside the content folder, else ./templates; none: the built-in theme alone).")
            .build();
    private final OptionSpec out = OptionSpec.builder("--out").paramLabel("DIR").type(Path.class)
            .defaultValue("site").description("The output folder (default: ./site).").build();
    private final OptionSpec baseUrl = OptionSpec.builder("--base-url").paramLabel("URL").type(String.class)
            .description("The site's public URL (overrides handbook.yml), e.g. https://you.github.io/handbook/")
            .build();

    /** The mixin a command adds to take these options. */
    CommandSpec mixin() {
        return CommandSpec.create().addOption(source).addOption(templates).addOption(out).addOption(baseUrl);
    }

    Path source() {
        return source.getValue();
    }

    Path out() {
        return out.getValue();
    }

    BuildRequest request() {
        Path templatesDir = templates.getValue();
        if (templatesDir == null) {
            Path parent = source().toAbsolutePath().normalize().getParent();
            Path beside = parent == null ? null : parent.resolve("templates");
            templatesDir = beside != null && Files.isDirectory(beside) ? beside : Path.of("templates");
        }
        return new BuildRequest(source(), templatesDir, out(), Optional.ofNullable(baseUrl.getValue()), false, true);
    }
}
