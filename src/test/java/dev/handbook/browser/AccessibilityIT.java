package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (npm) finds no violation of WCAG 2.2 A/AA or of its best practices on any page of the real
 * handbook, in the light and in the dark theme, nor with search results open (issue 9), nor on a page with
 * code in every language the build colours (issue 19).
 */
@ExtendWith({SharedChromium.class, BuiltSites.class})
class AccessibilityIT {
    /** WCAG 2.0–2.2 levels A and AA (2.2 adds target size), and axe's best practices (landmarks, headings). */
    static final String RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations'], runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa',"
            + " 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"
            + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ' (' + v.impact + '): '"
            + " + v.help + ' at ' + v.nodes.map(function (n) { return n.target.join(' ') + ' -> '"
            + " + n.failureSummary.replace(/\\s+/g, ' '); }).join(' | '); })); },"
            + " function (e) { done(['axe failed: ' + e]); });";

    static RealSite site;
    static ChromeDriver browser;
    static String axe;

    @BeforeAll
    static void serve(RealSite real, ChromeDriver shared) throws Exception {
        axe = Files.readString(NpmTools.require(NpmTools.AXE));
        site = real;
        browser = shared;
    }

    /**
     * axe-core comes with every document this test's tab loads, evaluated before the page's own scripts (it only
     * defines {@code window.axe}). Sent once, not with each page: through WebDriver, its 500 KB took longer to
     * arrive than axe takes to check a page.
     */
    @BeforeEach
    void axeInEveryDocument() {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", axe));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return (List<String>) browser.executeAsyncScript(RUN);
    }

    private void theme(String theme) {
        browser.get(site.url() + "index.html");
        browser.executeScript("localStorage.setItem('handbook-theme', arguments[0])", theme);
    }

    @Test
    void everyPageInBothThemes() {
        List<String> pages = site.pages();
        assertTrue(pages.size() >= 15, "the whole handbook: " + pages);
        List<String> found = new ArrayList<>();
        for (String theme : List.of("light", "dark")) {
            theme(theme);
            for (String page : pages) {
                browser.get(site.url() + page);
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
            browser.get(site.url() + "phases/03-web-back-end-services.html");
            browser.findElement(By.id("search-input")).sendKeys("rust");
            Chromium.waiting(browser, Duration.ofSeconds(5)).until(d ->
                    !d.findElements(By.cssSelector("#search-results [role='option']")).isEmpty());
            violations().forEach(v -> found.add(theme + " results: " + v));
            browser.findElement(By.id("search-input")).sendKeys("zzqx");
            Chromium.waiting(browser, Duration.ofSeconds(5)).until(d ->
                    d.findElement(By.cssSelector("[data-search-none]")).isDisplayed());
            violations().forEach(v -> found.add(theme + " no results: " + v));
        }
        assertEquals("", String.join("\n", found));
        Chromium.assertNoConsoleErrors(browser);
    }

}
