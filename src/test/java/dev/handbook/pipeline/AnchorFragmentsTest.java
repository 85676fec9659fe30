package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.handbook.TestSupport;
import dev.handbook.diag.BuildFailedException;
import dev.handbook.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In-page anchors (issue 17, 4): a text fragment ({@code #id:~:text=...}) is valid when its id exists, and
 * a handbook ported from elsewhere may make broken anchors warnings ({@code broken_anchors: warn}, as
 * Docusaurus' onBrokenAnchors does); by default they stay errors.
 */
class AnchorFragmentsTest {
    @TempDir
    java.nio.file.Path dir;

    private BuildResult build(String settings, String body) {
        TestSupport.write(dir, TestSupport.minimalHandbook());
        TestSupport.write(dir, Map.of("content/handbook.yml", settings, "content/index.md",
                "---\ntitle: Welcome\n---\n" + body));
        return new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES,
                dir.resolve("site"), Optional.empty(), false, true));
    }

    static final String SETTINGS = "id: test-book\ntitle: Test Book\ndescription: A handbook for tests.\n";
    static final String LINKS = """
            See [the item](phases/01-first.md#item-first-item:~:text=first), [a phrase](phases/01-first.md#:~:text=Intro)
            and [nothing](phases/01-first.md#nowhere:~:text=Intro).
            """;

    @Test
    void aTextFragmentCountsByItsIdAndABrokenOneIsAnErrorByDefault() {
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> build(SETTINGS, LINKS));
        assertEquals(List.of("content/index.md:5:5: error: anchor '#nowhere' not found in content/phases/01-first.md"),
                e.diagnostics().stream().map(d -> d.location() + ": " + d.severity().label() + ": " + d.message())
                        .toList());
    }

    @Test
    void brokenAnchorsWarnWhenTheHandbookSaysSo() {
        BuildResult result = build(SETTINGS + "broken_anchors: warn\n", LINKS);
        assertEquals(List.of("content/index.md:5:5: warning: anchor '#nowhere' not found in content/phases/01-first.md"),
                result.warnings().stream().map(d -> d.location() + ": " + d.severity().label() + ": " + d.message())
                        .toList());
    }

    @Test
    void anythingElseIsALocatedError() {
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> build(SETTINGS
                + "broken_anchors: sometimes\n", "Hi.\n"));
        assertEquals(List.of("content/handbook.yml:4:17"), e.diagnostics().stream().map(Diagnostic::location).toList());
    }
}
