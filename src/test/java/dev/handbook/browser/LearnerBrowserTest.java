package dev.handbook.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The real handbook served under a sub-path in the shared browser, a new learner for every test (a fresh,
 * empty profile) in a 1280×1000 window. Screenshots go to {@code -Dhandbook.screenshots=DIR} when it is set
 * (the walkthrough for issue 10); otherwise none are taken.
 */
@ExtendWith({SharedChromium.class, BuiltSites.class})
abstract class LearnerBrowserTest {
    static final String KEY = "handbook:v1:rust-roadmap";
    static RealSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void serve(RealSite real, ChromeDriver shared) {
        site = real;
        browser = shared;
    }

    @BeforeEach
    void tallerWindow() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    static void open(String path) {
        browser.get(site.url() + path);
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
        Chromium.waiting(browser, Duration.ofSeconds(5)).until(d -> condition.get());
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
