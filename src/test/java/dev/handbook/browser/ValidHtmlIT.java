package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/**
 * The Nu Html Checker (vnu-jar from npm) finds no error in any page of the real handbook, nor in its
 * stylesheet and icon (issue 9: valid HTML).
 */
class ValidHtmlIT {
    @Test
    void everyPageStylesheetAndIconIsValid(@TempDir Path dir) throws Exception {
        Path vnu = NpmTools.require(NpmTools.VNU);
        Path site = RealSite.build(dir);
        List<String> pages = RealSite.pages(site);
        assertTrue(pages.size() >= 15, "the whole handbook: " + pages);
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", vnu.toString(), "--errors-only",
                "--format", "json", "--also-check-css", "--also-check-svg"));
        pages.forEach(p -> command.add(site.resolve(p).toString()));
        command.add(site.resolve("assets/style.css").toString());
        command.add(site.resolve("assets/favicon.svg").toString());
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // vnu writes its JSON report to standard error.
        String report = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "vnu finished");
        assertEquals("", String.join("\n", errors(report, site)));
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
