package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in theme (issue 18): a handbook without a theme folder builds with the theme inside the jar,
 * exactly as with this repository's templates/; a theme folder overrides it file by file, templates and
 * assets alike.
 */
class ThemeOverrideTest {
    @TempDir
    Path dir;

    private Path build(Path templates, String out) {
        Path site = dir.resolve(out);
        new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"), templates, site,
                Optional.of("https://example.org/course/"), false, true));
        return site;
    }

    @Test
    void withoutAThemeFolderTheSiteIsTheRepositoryThemesByteForByte() throws IOException {
        TestSupport.write(dir, TestSupport.minimalHandbook());
        Map<String, String> builtIn = files(build(dir.resolve("no-such-folder"), "built-in"));
        Map<String, String> repository = files(build(TestSupport.TEMPLATES, "repository"));
        assertTrue(builtIn.containsKey("assets/style.css") && builtIn.containsKey("phases/01-first.html"),
                builtIn.keySet().toString());
        assertEquals(repository, builtIn);
    }

    @Test
    void anOverriddenPhaseTemplateChangesPhasePagesOnly() throws IOException {
        TestSupport.write(dir, TestSupport.minimalHandbook());
        Map<String, String> before = files(build(dir.resolve("templates"), "before"));
        String phase = Files.readString(TestSupport.TEMPLATES.resolve("phase.ftlh"));
        TestSupport.write(dir, Map.of(
                "templates/phase.ftlh", phase.replace("<@layout.frame", "<p id=\"ours\">Ours</p><@layout.frame"),
                "templates/assets/extra.css", "p { color: teal; }\n"));
        Map<String, String> after = files(build(dir.resolve("templates"), "after"));
        assertTrue(after.get("phases/01-first.html").contains("<p id=\"ours\">Ours</p>"));
        assertEquals("p { color: teal; }\n", after.get("assets/extra.css"), "an asset of the folder is published");
        after.remove("assets/extra.css");
        after.remove("phases/01-first.html");
        before.remove("phases/01-first.html");
        // The search index and sitemap hold no template output; every other page is unchanged.
        assertEquals(before, after);
        assertFalse(after.values().stream().anyMatch(text -> text.contains("id=\"ours\"")));
    }

    @Test
    void anOverriddenAssetReplacesTheBuiltInOne() throws IOException {
        TestSupport.write(dir, TestSupport.minimalHandbook());
        TestSupport.write(dir, Map.of("templates/assets/style.css", "body { margin: 0; }\n"));
        assertEquals("body { margin: 0; }\n", files(build(dir.resolve("templates"), "site")).get("assets/style.css"));
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }
}
