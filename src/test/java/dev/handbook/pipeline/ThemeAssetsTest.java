package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme's CSS and JavaScript reach readers exactly as written (issue 16): the build changes no byte of
 * them, so it can never change what a script means. Pages stay within their budget as transferred (gzip),
 * which PageBudgetTest holds.
 */
class ThemeAssetsTest {
    @TempDir
    Path dir;

    @Test
    void everyThemeAssetIsPublishedByteForByte() throws IOException {
        TestSupport.write(dir, TestSupport.minimalHandbook());
        new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES,
                dir.resolve("site"), Optional.empty(), false, true));
        Path assets = TestSupport.TEMPLATES.resolve("assets");
        List<Path> files = RandomEdits.files(assets);
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".js")), "the theme has scripts: " + files);
        for (Path source : files) {
            Path published = dir.resolve("site/assets").resolve(assets.relativize(source).toString());
            assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(published), published.toString());
        }
    }
}
