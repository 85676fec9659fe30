package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.TestSupport;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small handbook whose page code.html holds a block in every language the highlighter knows (the golden
 * page src/test/resources/markdown/golden/code-languages.md), for the browser and checker tests.
 */
final class CodeSite {
    static final Path LANGUAGES = Path.of("src/test/resources/markdown/golden/code-languages.md");
    static final String PAGE = "code.html";

    private CodeSite() {}

    /** Builds the handbook into {@code dir}/site, with {@code extraPages} (content path → Markdown) too. */
    static Path build(Path dir, Map<String, String> extraPages) {
        Map<String, String> files = new HashMap<>(TestSupport.minimalHandbook());
        try {
            files.put("content/code.md", "---\ntitle: Code in every language\n---\n"
                    + Files.readString(LANGUAGES).replaceFirst("^# [^\n]*\n", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.putAll(extraPages);
        TestSupport.write(dir, files);
        BuildResult result = new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"),
                TestSupport.TEMPLATES, dir.resolve("site"), Optional.empty(), false, true));
        assertEquals(List.of(), result.warnings().stream().map(Object::toString).toList());
        return dir.resolve("site");
    }
}
