package dev.handbook.pipeline;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build and where.
 *
 * @param baseUrl    overrides handbook.yml's base_url (e.g. from the Pages deploy workflow)
 * @param liveReload serve mode: pages get the reload script
 * @param write      false for {@code handbook check}: everything is validated, nothing is written
 */
public record BuildRequest(Path contentDir, Path templatesDir, Path outDir, Optional<String> baseUrl,
        boolean liveReload, boolean write) {

    public static BuildRequest defaults(Path projectDir) {
        return new BuildRequest(projectDir.resolve("content"), projectDir.resolve("templates"),
                projectDir.resolve("site"), Optional.empty(), false, true);
    }

    public BuildRequest checkOnly() {
        return new BuildRequest(contentDir, templatesDir, outDir, baseUrl, liveReload, false);
    }

    public BuildRequest withLiveReload() {
        return new BuildRequest(contentDir, templatesDir, outDir, baseUrl, true, write);
    }
}
