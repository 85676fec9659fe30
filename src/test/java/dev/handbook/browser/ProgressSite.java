package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.TestSupport;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.SiteBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A small handbook for the progress tests, written inline so each test shows its whole input (Hugo's
 * habit), built into a temp folder and served under /book/ as GitHub Pages serves a project site. A test's
 * own instance can be rebuilt with changed files, as a new deploy would be, while the browser keeps its
 * storage; the {@link #shared} one, built once per run for the tests that only read it, cannot.
 *
 * <p>Counts the tests rely on: phase 1 has 3 items and 1 self-review item, phase 2 has 2 items (6 in the
 * overall bar); the "extra" page has 2 items that the overall bar does not count, one of them with the id
 * "constructor", a name every plain JavaScript object answers to.
 */
final class ProgressSite implements AutoCloseable {
    static final String KEY = "handbook:v1:progress-book";
    static final String PHASE_1 = "phases/01-first.html";
    static final String PHASE_2 = "phases/02-second.html";

    static final Map<String, String> FILES = files();

    private final Path dir;
    private final boolean shared;
    private final StaticServer server;

    /** A site of the test's own in {@code dir}, which it may rebuild. */
    ProgressSite(Path dir) {
        this(dir, false);
    }

    private ProgressSite(Path dir, boolean shared) {
        this.dir = dir;
        this.shared = shared;
        build(FILES);
        server = StaticServer.serve(dir.resolve("site"), "/book/");
    }

    /** The run's one read-only copy ({@link BuiltSites}); {@link #close} deletes {@code dir}. */
    static ProgressSite shared(Path dir) {
        return new ProgressSite(dir, true);
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/handbook.yml", """
                id: progress-book
                title: Progress Book
                description: A handbook for the progress tests.
                """);
        files.put("content/index.md", """
                ---
                title: Welcome
                ---
                Start with [phase one](phases/01-first.md).
                """);
        files.put("content/phases/01-first.md", phase(1, "First Steps"));
        files.put("content/phases/01-first.yml", """
                items:
                  - id: a-one
                    text: Read the *first* chapter
                  - id: a-two
                    text: Write a unit test
                  - id: a-three
                    text: Fix a bug
                review:
                  - id: a-review
                    text: The tests pass on CI
                """);
        files.put("content/phases/02-second.md", phase(2, "Second Steps"));
        files.put("content/phases/02-second.yml", """
                items:
                  - id: b-one
                    text: Ship a release
                  - id: b-two
                    text: Write release notes
                """);
        files.put("content/extra.md", """
                ---
                title: Extra
                ---
                Extra work.
                """);
        files.put("content/extra.yml", """
                items:
                  - id: c-one
                    text: Do the extra thing
                  - id: constructor
                    text: Write a constructor
                """);
        return Map.copyOf(files);
    }

    private static String phase(int number, String title) {
        return """
                ---
                title: %s
                phase: %d
                duration: 1 week
                outcomes:
                  - You can do it.
                mastery_check:
                  title: Build a thing
                  acceptance:
                    - It builds
                    - It is tested
                    - It is documented
                ---
                Intro text.
                """.formatted(title, number);
    }

    /** Writes {@code changed} over the content and builds again into the same served folder. */
    void rebuild(Map<String, String> changed) {
        if (shared) {
            throw new IllegalStateException("other test classes read the shared progress site: build your own "
                    + "(new ProgressSite(dir)) to change it");
        }
        build(changed);
    }

    private void build(Map<String, String> changed) {
        TestSupport.write(dir, changed);
        new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES,
                dir.resolve("site"), Optional.empty(), false, true));
    }

    /** Back to {@link #FILES}, with {@code changed} on top. */
    void rebuildFrom(Map<String, String> changed) {
        Map<String, String> all = new LinkedHashMap<>(FILES);
        all.putAll(changed);
        rebuild(all);
    }

    String url(String page) {
        return server.url() + page;
    }

    @Override
    public void close() {
        server.close();
        if (shared) {
            TestSupport.deleteQuietly(dir);
        }
    }

    /* ---- helpers the progress tests share ---- */

    /** The stored progress value, exactly as the page left it (null when there is none). */
    static String stored(ChromeDriver driver) {
        return (String) driver.executeScript("return localStorage.getItem(arguments[0]);", KEY);
    }

    /** Stores a value as some script left it: the page must be open on the site first. */
    static void store(ChromeDriver driver, String key, String value) {
        driver.executeScript("localStorage.setItem(arguments[0], arguments[1]);", key, value);
    }

    /** The ids ticked in the stored value, sorted, as "a b c". */
    static String storedIds(ChromeDriver driver) {
        return (String) driver.executeScript(
                "var s = JSON.parse(localStorage.getItem(arguments[0]));"
                        + "return Object.keys(s.items).sort().join(' ');", KEY);
    }

    static boolean ticked(WebDriver driver, String id) {
        return driver.findElement(By.id("check-" + id)).isSelected();
    }

    /** Ticks or unticks through the label, as a reader clicks it. */
    static void click(WebDriver driver, String id) {
        driver.findElement(By.cssSelector("label[for='check-" + id + "']")).click();
    }

    static String progressText(WebDriver driver, String key) {
        return driver.findElement(By.cssSelector("[data-progress='" + key + "'] .progress-text")).getText();
    }

    static String message(WebDriver driver) {
        return driver.findElement(By.cssSelector("[data-progress-message]")).getText();
    }

    static <T> T waitFor(WebDriver driver, Function<WebDriver, T> condition) {
        return Chromium.waiting(driver, Duration.ofSeconds(10)).until(condition);
    }

    static Alert alert(WebDriver driver) {
        return waitFor(driver, ExpectedConditions.alertIsPresent());
    }

    static void assertTicks(WebDriver driver, String... expected) {
        String actual = String.join(" ", driver.findElements(By.cssSelector("input[data-item]")).stream()
                .filter(box -> box.isSelected()).map(box -> box.getAttribute("data-item")).sorted().toList());
        assertEquals(String.join(" ", expected), actual, "ticked boxes on " + driver.getCurrentUrl());
    }
}
