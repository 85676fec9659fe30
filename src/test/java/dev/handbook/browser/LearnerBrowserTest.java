package dev.handbook.browser;

import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real handbook served under a sub-path, one browser per test class, and a new learner for every test
 * (storage cleared). Screenshots go to {@code -Dhandbook.screenshots=DIR} when it is set (the walkthrough
 * for issue 10); otherwise none are taken.
 */
abstract class LearnerBrowserTest {
    static final String KEY = "handbook:v1:rust-roadmap";
    static StaticServer server;
    static ChromeDriver browser;
    static BuildResult built;

    @BeforeAll
    static void serve(@TempDir Path dir) throws IOException {
        Chromium.requireInstalled();
        Path site = dir.resolve("site");
        built = new SiteBuilder("test", Path.of("")).build(new BuildRequest(Path.of("content"), Path.of("templates"),
                site, Optional.of("https://example.github.io/handbook/"), false, true));
        server = new StaticServer(site, "/handbook/");
        browser = Chromium.start(1280, 1000);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @BeforeEach
    void newLearner() {
        browser.get(server.url() + "index.html");
        browser.executeScript("localStorage.clear()");
        Chromium.severeConsoleMessages(browser);
    }

    static void open(String path) {
        browser.get(server.url() + path);
    }

    static WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    static List<WebElement> findAll(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    static String text(String css) {
        return find(css).getText();
    }

    /** Clicks through the label, as a learner would. */
    static void clickLabelOf(String inputId) {
        find("label[for='" + inputId + "']").click();
    }

    static Object js(String script, Object... args) {
        return browser.executeScript(script, args);
    }

    /** The stored progress state, as handbook.js wrote it. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> stored() {
        Object state = js("var raw = localStorage.getItem(arguments[0]); return raw && JSON.parse(raw);", KEY);
        return state == null ? Map.of() : (Map<String, Object>) state;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> storedExtra() {
        return (Map<String, Object>) stored().getOrDefault("extra", Map.of());
    }

    static void waitUntil(java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> condition.get());
    }

    /**
     * Writes a screenshot of the page's first screen (or of one element, however tall) when -Dhandbook.screenshots=DIR
     * is set. Chromium's own capture, since WebDriver's stops at the window's edge.
     */
    @SuppressWarnings("unchecked")
    static void screenshot(String name, WebElement element) {
        String dir = System.getProperty("handbook.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Map<String, Object> box = (Map<String, Object>) js("var r = arguments[0] ? arguments[0].getBoundingClientRect()"
                + " : { left: 0, top: -scrollY, width: innerWidth, height: Math.min(innerHeight, 1000) };"
                + " return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height, scale: 1 };",
                element);
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", box));
        try {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
