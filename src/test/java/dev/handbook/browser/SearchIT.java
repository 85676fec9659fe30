package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Search in the real handbook (issue 9): "/" focuses the box, results come as you type, arrows move,
 * Enter lands on the item's or heading's anchor; under a sub-path and from disk (file://).
 */
@ExtendWith({SharedChromium.class, BuiltSites.class})
class SearchIT {
    static RealSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void serve(RealSite real, ChromeDriver shared) {
        site = real;
        browser = shared;
    }

    private WebElement input() {
        return browser.findElement(By.id("search-input"));
    }

    private List<WebElement> options() {
        return browser.findElements(By.cssSelector("#search-results [role='option']"));
    }

    /** Types into the box and waits for the first result (the script and index load on first focus). */
    private List<WebElement> search(String query) {
        input().sendKeys(query);
        Chromium.waiting(browser, Duration.ofSeconds(5)).until(d -> !options().isEmpty());
        return options();
    }

    @Test
    void slashFocusesEnterOpensTheItemAnchor() {
        browser.get(site.url() + "phases/00-setup-and-workflow.html");
        assertEquals(List.of(), scripts("search"), "search loads only when used");
        new Actions(browser).sendKeys("/").perform();
        assertEquals("search-input", browser.switchTo().activeElement().getAttribute("id"));
        List<WebElement> results = search("tokio runtime");
        assertEquals("tokio runtime, async/await, channels", results.get(0).findElement(By.className("search-title"))
                .getText());
        assertEquals("Checklist item · Phase 2: Async Rust and Networking",
                results.get(0).findElement(By.className("search-where")).getText());
        assertEquals("true", input().getAttribute("aria-expanded"));
        assertEquals(results.get(0).getAttribute("id"), input().getAttribute("aria-activedescendant"));
        input().sendKeys(Keys.ENTER);
        Chromium.waiting(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("#"));
        assertEquals(site.url() + "phases/02-async-rust-and-networking.html#item-tokio-runtime-async-channels",
                browser.getCurrentUrl());
        assertEquals("item-tokio-runtime-async-channels",
                browser.executeScript("return document.querySelector(':target').id"));
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void arrowsMoveTheActiveResultAndEnterOpensAHeading() {
        browser.get(site.url() + "index.html");
        List<WebElement> results = search("tauri webassembly");
        assertTrue(results.size() >= 2, "several results");
        assertEquals("Cross-platform app with Tauri + WebAssembly",
                results.get(0).findElement(By.className("search-title")).getText());
        input().sendKeys(Keys.ARROW_DOWN);
        assertEquals(results.get(1).getAttribute("id"), input().getAttribute("aria-activedescendant"));
        assertEquals("true", results.get(1).getAttribute("aria-selected"));
        assertEquals("false", results.get(0).getAttribute("aria-selected"));
        input().sendKeys(Keys.ARROW_UP);
        assertEquals(results.get(0).getAttribute("id"), input().getAttribute("aria-activedescendant"));
        input().sendKeys(Keys.ARROW_UP);
        assertEquals(results.get(results.size() - 1).getAttribute("id"), input().getAttribute("aria-activedescendant"),
                "wraps around");
        input().sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        Chromium.waiting(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("#"));
        assertEquals(site.url() + "capstone.html#cross-platform-app-with-tauri--webassembly", browser.getCurrentUrl());
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void escapeClosesNoResultsIsSaidAndClickOpens() {
        browser.get(site.url() + "mastery.html");
        search("checklists");
        input().sendKeys(Keys.ESCAPE);
        assertFalse(browser.findElement(By.cssSelector("[data-search-panel]")).isDisplayed());
        assertEquals("false", input().getAttribute("aria-expanded"));
        input().sendKeys(Keys.ESCAPE);
        assertEquals("", input().getAttribute("value"), "a second Escape clears");
        input().sendKeys("zzqx");
        Chromium.waiting(browser, Duration.ofSeconds(5)).until(d ->
                "No results".equals(d.findElement(By.id("search-status")).getAttribute("textContent")));
        assertTrue(browser.findElement(By.cssSelector("[data-search-none]")).isDisplayed());
        input().clear();
        List<WebElement> results = search("using the checklists");
        assertEquals("Using the checklists", results.get(0).findElement(By.className("search-title")).getText());
        results.get(0).click();
        Chromium.waiting(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("#"));
        assertEquals(site.url() + "index.html#using-the-checklists", browser.getCurrentUrl());
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void worksFromDisk() {
        browser.get(site.site().resolve("phases/05-full-stack-and-client-apps.html").toUri().toString());
        List<WebElement> results = search("tokio runtime");
        input().sendKeys(Keys.ENTER);
        Chromium.waiting(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("#"));
        assertEquals(site.site().resolve("phases/02-async-rust-and-networking.html").toUri()
                + "#item-tokio-runtime-async-channels", browser.getCurrentUrl());
        assertFalse(results.isEmpty());
        Chromium.assertNoConsoleErrors(browser);
    }

    @SuppressWarnings("unchecked")
    private List<String> scripts(String part) {
        return ((List<Object>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })")).stream()
                .map(Object::toString).filter(n -> n.contains(part)).toList();
    }
}
