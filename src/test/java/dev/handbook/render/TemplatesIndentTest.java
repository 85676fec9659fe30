package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates are read without their lines' indentation (the pages need none), yet a template's mistake is
 * reported at its line and column in the file as the contributor sees it, and preformatted text keeps its
 * blanks.
 */
class TemplatesIndentTest {
    @TempDir
    Path dir;

    private Diagnostic onlyError(String name, String template) throws IOException {
        Files.writeString(dir.resolve(name), template);
        Diagnostics diagnostics = new Diagnostics();
        Templates templates = new Templates(dir, "templates");
        templates.render(name, Map.of(), diagnostics);
        assertEquals(1, diagnostics.sorted().size(), diagnostics.sorted().toString());
        return diagnostics.sorted().get(0);
    }

    @Test
    void pagesLoseTheTemplatesIndentationButPreformattedTextKeepsIt() throws IOException {
        Files.writeString(dir.resolve("page.ftlh"), "<ul>\n    <li>${\"a\"}</li>\n</ul>\n<pre>\n  kept\n</pre>\n");
        String html = new Templates(dir, "templates").render("page.ftlh", Map.of(), new Diagnostics()).orElseThrow();
        assertEquals("<ul>\n<li>a</li>\n</ul>\n<pre>\n  kept\n</pre>\n", html);
    }

    @Test
    void aRenderErrorOnAnIndentedLineIsAtItsColumnInTheFile() throws IOException {
        Diagnostic error = onlyError("page.ftlh", "<div>\n  <p>\n      ${nope}\n  </p>\n</div>\n");
        assertTrue(error.location().startsWith("templates/page.ftlh:3:9"), error.location());
    }

    @Test
    void aSyntaxErrorOnAnIndentedLineIsAtItsColumnInTheFile() throws IOException {
        Diagnostic error = onlyError("page.ftlh", "<div>\n    <#if>\n</div>\n");
        assertTrue(error.location().startsWith("templates/page.ftlh:2:"), error.location());
        int column = Integer.parseInt(error.location().split(":")[2]);
        assertTrue(column >= 5, "the column counts the indentation: " + error.location());
    }
}
