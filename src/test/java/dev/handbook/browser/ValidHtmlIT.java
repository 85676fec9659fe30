package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/**
 * The Nu Html Checker (vnu-jar from npm) finds no error in any page of the real handbook, nor in its
 * stylesheet and icon (issue 9: valid HTML), nor on a page with code in every language (issue 19).
 */
@ExtendWith(BuiltSites.class)
class ValidHtmlIT {
    @Test
    void everyPageStylesheetAndIconIsValid(RealSite real) throws Exception {
        Path site = real.site();
        List<String> pages = real.pages();
        assertTrue(pages.size() >= 15, "the whole handbook: " + pages);
        List<Path> files = new ArrayList<>();
        pages.forEach(p -> files.add(site.resolve(p)));
        files.add(site.resolve("assets/style.css"));
        files.add(site.resolve("assets/favicon.svg"));
        assertEquals("", String.join("\n", check(site, files)));
    }

    /** Issue 19: a page with a block in every language the build colours, and the code stylesheet. */
    @Test
    void codeInEveryLanguageIsValid(@TempDir Path dir) throws Exception {
        Path site = CodeSite.build(dir, Map.of());
        assertEquals("", String.join("\n", check(site, List.of(site.resolve(CodeSite.PAGE),
                site.resolve("assets/code.css")))));
    }

    /** Runs vnu on {@code files} and returns its messages. */
    private static List<String> check(Path site, List<Path> files) throws Exception {
        Path vnu = NpmTools.require(NpmTools.VNU);
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", vnu.toString(), "--errors-only",
                "--format", "json", "--also-check-css", "--also-check-svg"));
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // vnu writes its JSON report to standard error.
        String report = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "vnu finished");
        return errors(report, site);
    }

    /** "page:line:column: message" for every message in vnu's JSON report. */
    @SuppressWarnings("unchecked")
    private static List<String> errors(String report, Path site) throws IOException {
        Map<String, Object> json = new Json().toType(report, Map.class);
        List<Map<String, Object>> messages = (List<Map<String, Object>>) json.get("messages");
        String prefix = site.toAbsolutePath() + "/";
        return messages.stream().map(m -> String.valueOf(m.get("url")).replaceFirst("^file:/*", "/").replace(prefix, "")
                + ":" + m.get("lastLine") + ":" + m.get("firstColumn") + ": " + m.get("type") + ": " + m.get("message"))
                .toList();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
