package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (npm) finds no violation of WCAG 2.2 A/AA or of its best practices on any page of the real
 * handbook, in the light and in the dark theme, nor with search results open (issue 9), nor on a page with
 * code in every language the build colours (issue 19).
 */
class AccessibilityIT {
    /** WCAG 2.0–2.2 levels A and AA (2.2 adds target size), and axe's best practices (landmarks, headings). */
    static final String RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations'], runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa',"
            + " 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"
            + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ' (' + v.impact + '): '"
            + " + v.help + ' at ' + v.nodes.map(function (n) { return n.target.join(' ') + ' -> '"
            + " + n.failureSummary.replace(/\\s+/g, ' '); }).join(' | '); })); },"
            + " function (e) { done(['axe failed: ' + e]); });";

    static Path site;
    static StaticServer server;
    static ChromeDriver browser;
    static String axe;

    @BeforeAll
    static void serve(@TempDir Path dir) throws Exception {
        axe = Files.readString(NpmTools.require(NpmTools.AXE));
        Chromium.requireInstalled();
        site = RealSite.build(dir);
        server = new StaticServer(site, RealSite.SUB_PATH);
        browser = Chromium.start();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        Chromium.stop(browser, server);
    }

    @BeforeEach
    void drainConsole() {
        Chromium.severeConsoleMessages(browser);
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        browser.executeScript(axe);
        return (List<String>) browser.executeAsyncScript(RUN);
    }

    private void theme(String theme) {
        browser.get(server.url() + "index.html");
        browser.executeScript("localStorage.setItem('handbook-theme', arguments[0])", theme);
    }

    @Test
    void everyPageInBothThemes() {
        List<String> pages = RealSite.pages(site);
        assertTrue(pages.size() >= 15, "the whole handbook: " + pages);
        List<String> found = new ArrayList<>();
        for (String theme : List.of("light", "dark")) {
            theme(theme);
            for (String page : pages) {
                browser.get(server.url() + page);
                assertEquals(theme, browser.executeScript("return document.documentElement.dataset.theme"));
                violations().forEach(v -> found.add(theme + " " + page + ": " + v));
            }
        }
        assertEquals("", String.join("\n", found));
        // The 404 page's own request is the only expected console error.
        assertEquals(List.of(), Chromium.severeConsoleMessages(browser).stream()
                .filter(m -> !m.contains("404.html ")).toList());
    }

    /** Issue 19: token colours and copy buttons on a page with a block in every language the build colours. */
    @Test
    void codeInEveryLanguageInBothThemes(@TempDir Path dir) throws Exception {
        Path codeSite = CodeSite.build(dir, Map.of());
        List<String> found = new ArrayList<>();
        try (StaticServer codeServer = new StaticServer(codeSite, "/")) {
            for (String theme : List.of("light", "dark")) {
                browser.get(codeServer.url() + "index.html");
                browser.executeScript("localStorage.setItem('handbook-theme', arguments[0])", theme);
                browser.get(codeServer.url() + CodeSite.PAGE);
                assertEquals(theme, browser.executeScript("return document.documentElement.dataset.theme"));
                assertEquals(30L, browser.executeScript("return document.querySelectorAll('button.copy-button').length"));
                assertTrue((Long) browser.executeScript("return document.querySelectorAll('[class^=hl-]').length") > 700,
                        "token spans: the golden page has 760");
                violations().forEach(v -> found.add(theme + " " + CodeSite.PAGE + ": " + v));
            }
        }
        assertEquals("", String.join("\n", found));
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void searchResultsOpenInBothThemes() {
        List<String> found = new ArrayList<>();
        for (String theme : List.of("light", "dark")) {
            theme(theme);
            browser.get(server.url() + "phases/03-web-back-end-services.html");
            browser.findElement(By.id("search-input")).sendKeys("rust");
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d ->
                    !d.findElements(By.cssSelector("#search-results [role='option']")).isEmpty());
            violations().forEach(v -> found.add(theme + " results: " + v));
            browser.findElement(By.id("search-input")).sendKeys("zzqx");
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d ->
                    d.findElement(By.cssSelector("[data-search-none]")).isDisplayed());
            violations().forEach(v -> found.add(theme + " no results: " + v));
        }
        assertEquals("", String.join("\n", found));
        Chromium.assertNoConsoleErrors(browser);
    }

}
