package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import dev.handbook.diag.Diagnostic;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.SiteBuilder;
import dev.handbook.serve.DevServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** handbook serve in a real browser: a save reloads the page; a mistake shows over the last good page. */
@ExtendWith(SharedChromium.class)
class LiveReloadIT {
    @TempDir
    Path dir;

    DevServer server;
    ChromeDriver browser;

    @BeforeEach
    void start(ChromeDriver shared) throws Exception {
        browser = shared;
        TestSupport.write(dir, TestSupport.minimalHandbook());
        server = DevServer.start(new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES, dir.resolve("site"),
                Optional.empty(), false, true), 0, new SiteBuilder("test", dir), new DevServer.Listener() {
                    @Override
                    public void built(BuildResult result, long millis, int reloadedPages) {}

                    @Override
                    public void failed(List<Diagnostic> diagnostics, long millis) {}

                    @Override
                    public void crashed(RuntimeException e) {
                        throw e;
                    }
                });
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private WebDriverWait waiting() {
        // A reload can replace an element between finding it and reading it.
        return (WebDriverWait) Chromium.waiting(browser, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class);
    }

    private void edit(String path, String from, String to) throws Exception {
        Path file = dir.resolve(path);
        TestSupport.write(dir, Map.of(path, Files.readString(file).replace(from, to)));
    }

    /** The page must be connected before a change, or it would simply load the new build. */
    private void awaitConnected() {
        waiting().until(d -> d.findElement(By.tagName("html")).getAttribute("data-handbook-live") != null);
    }

    @Test
    void aSaveReloadsTheOpenPageAndAMistakeShowsOverTheLastGoodPage() throws Exception {
        browser.get(server.url() + "phases/01-first.html");
        assertEquals("First Steps", browser.findElement(By.tagName("h1")).getText());
        awaitConnected();

        edit("content/phases/01-first.md", "title: First Steps", "title: Renamed Steps");
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals("Renamed Steps"));
        awaitConnected();

        edit("content/phases/01-first.yml", "text: Learn the `first` thing", "text: [unclosed");
        List<String> overlay = waiting().until(d -> read(d.findElement(By.id("handbook-dev-problems")), "role"));
        assertEquals("alert", overlay.get(1));
        String text = overlay.get(0);
        assertTrue(text.startsWith("Build failed: 1 error, 0 warnings"), text);
        assertTrue(text.contains("content/phases/01-first.yml:"), text);
        assertTrue(text.contains("error: invalid YAML"), text);
        assertEquals("Renamed Steps", browser.findElement(By.tagName("h1")).getText(), "the last good page stays");

        // Escape dismisses it; the next failed save shows it again.
        browser.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        waiting().until(d -> d.findElements(By.id("handbook-dev-problems")).isEmpty());

        edit("content/phases/01-first.yml", "text: [unclosed", "text: Learn the fixed thing");
        waiting().until(d -> d.findElements(By.cssSelector("label[for='check-first-item']")).stream()
                .anyMatch(e -> e.getText().equals("Learn the fixed thing")));
        assertTrue(browser.findElements(By.id("handbook-dev-problems")).isEmpty());
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void contributorTextInProblemsIsShownAsTextNeverAsMarkup() throws Exception {
        browser.get(server.url() + "index.html");
        awaitConnected();
        edit("content/phases/01-first.yml", "    detail: One sentence.", "    \"<img src=x onerror=alert(1)>\": 1");
        List<String> overlay = waiting().until(d -> {
            WebElement box = d.findElement(By.id("handbook-dev-problems"));
            return List.of(box.getText(), String.valueOf(box.findElements(By.tagName("img")).size()));
        });
        assertTrue(overlay.get(0).contains("unknown key '<img src=x onerror=alert(1)>'"), overlay.get(0));
        assertEquals("0", overlay.get(1), "no img element in the overlay");
        Chromium.assertNoConsoleErrors(browser);
    }

    /**
     * The overlay's text and one attribute, read in one go: each failed build replaces the overlay (a save can
     * build twice: the file truncated, then written), so a reference found earlier may already be gone.
     */
    private static List<String> read(WebElement overlay, String attribute) {
        return List.of(overlay.getText(), String.valueOf(overlay.getAttribute(attribute)));
    }
}
