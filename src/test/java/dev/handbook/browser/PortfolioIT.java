package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 10, part 5: portfolio entries per milestone and per picked project, links checked (http and https
 * only) and learner text never turned into markup; the portfolio page exports Markdown for a profile README.
 */
class PortfolioIT extends LearnerBrowserTest {
    static final String PHASE1 = "phases/01-core-rust-foundations";
    static final String FORM = "form[data-portfolio='" + PHASE1 + "'] ";
    static final String NOTE = "<img src=x onerror=alert(1)> my *first* [CLI](javascript:x) & more";

    @Test
    void linksAreCheckedBeforeTheyAreStored() {
        open(PHASE1 + ".html");
        for (String bad : List.of("javascript:alert(1)", "ftp://example.com/file", "example.com/no-scheme",
                "data:text/html,<b>x</b>")) {
            WebElement demo = find("#pf-phases-01-core-rust-foundations-demo");
            demo.clear();
            demo.sendKeys(bad);
            find(FORM + "button[type='submit']").click();
            assertEquals("true", demo.getAttribute("aria-invalid"), bad);
            assertEquals("Demo link: enter a web address starting with https:// or http://.",
                    text("#pf-phases-01-core-rust-foundations-demo-error"));
            assertEquals("Not saved: check the marked link.", text(FORM + "[data-portfolio-message]"));
            assertEquals(demo, browser.switchTo().activeElement(), "focus goes to the link to fix");
            assertFalse(storedExtra().containsKey("portfolio:" + PHASE1), bad + " must not be stored");
        }
        screenshot("phase-portfolio-invalid", find(FORM.strip()));

        find("#pf-phases-01-core-rust-foundations-demo").clear();
        find("#pf-phases-01-core-rust-foundations-repo").sendKeys("  https://github.com/me/cli-tools ");
        find("#pf-phases-01-core-rust-foundations-note").sendKeys(NOTE);
        find(FORM + "button[type='submit']").click();
        assertEquals("Saved to your portfolio.", text(FORM + "[data-portfolio-message]"));
        assertNull(find("#pf-phases-01-core-rust-foundations-demo").getAttribute("aria-invalid"));
        assertEquals(Map.of("demo", "", "repo", "https://github.com/me/cli-tools", "writeup", "", "note", NOTE),
                entry("portfolio:" + PHASE1));

        browser.navigate().refresh();
        assertEquals("https://github.com/me/cli-tools",
                find("#pf-phases-01-core-rust-foundations-repo").getAttribute("value"));
        assertEquals(NOTE, find("#pf-phases-01-core-rust-foundations-note").getAttribute("value"));

        // Emptying every field removes the entry.
        find("#pf-phases-01-core-rust-foundations-repo").clear();
        find("#pf-phases-01-core-rust-foundations-note").clear();
        find(FORM + "button[type='submit']").click();
        assertEquals("Removed from your portfolio.", text(FORM + "[data-portfolio-message]"));
        assertFalse(storedExtra().containsKey("portfolio:" + PHASE1));
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void thePortfolioPageCollectsEntriesAndExportsMarkdown(Profiles profiles) {
        open(PHASE1 + ".html");
        find("#pf-phases-01-core-rust-foundations-demo").sendKeys("https://me.example.com/cli?x=1&y=<2>");
        find("#pf-phases-01-core-rust-foundations-repo").sendKeys("https://github.com/me/cli-tools");
        find("#pf-phases-01-core-rust-foundations-note").sendKeys(NOTE);
        find(FORM + "button[type='submit']").click();
        open("capstone.html");
        clickLabelOf("pick-capstone-api-platform");
        clickLabelOf("pick-capstone-ai-saas");
        find("#pf-capstone-api-platform-writeup").sendKeys("http://blog.example.org/api-platform");
        find("form[data-portfolio='capstone-api-platform'] button[type='submit']").click();

        open("portfolio.html");
        WebElement phase1 = find("[data-portfolio-item='" + PHASE1 + "']");
        assertEquals("Demo · Repository" + NOTE, phase1.findElement(
                By.cssSelector("[data-portfolio-links]")).getText().replace("\n", ""));
        assertEquals(List.of("https://me.example.com/cli?x=1&y=%3C2%3E", "https://github.com/me/cli-tools"),
                phase1.findElements(By.cssSelector("a[href^='http']")).stream()
                        .map(a -> a.getAttribute("href")).toList());
        assertTrue(findAll("main img").isEmpty(), "the note is text, never markup");
        assertEquals("Nothing yet.", text("[data-portfolio-item='phases/00-setup-and-workflow'] [data-portfolio-links]"));
        // Picked projects show even before they have links; others only once they have some.
        assertTrue(find("[data-portfolio-item='capstone-ai-saas']").isDisplayed());
        assertFalse(find("[data-portfolio-item='capstone-tauri-wasm-app']").isDisplayed());

        String markdown = """
                ## What I built: Rust Product Engineering Roadmap

                ### Phase 1: Core Rust Foundations

                Build 3 small CLI utilities

                [Demo](<https://me.example.com/cli?x=1&y=%3C2%3E>) · [Repository](<https://github.com/me/cli-tools>)

                > \\<img src=x onerror=alert(1)\\> my \\*first\\* \\[CLI\\](javascript:x) \\& more

                ### Capstone Track: High-performance API platform

                [Write-up](<http://blog.example.org/api-platform>)
                """;
        assertEquals(markdown, find("[data-portfolio-markdown]").getAttribute("value"));
        screenshot("portfolio-page", null);

        // Download: the same code path as the button, with the file's bytes caught on their way out.
        js("window.__saved = []; var make = URL.createObjectURL;"
                + " URL.createObjectURL = function (blob) { window.__saved.push(blob); return make.call(URL, blob); };");
        find("[data-portfolio-download]").click();
        assertEquals(markdown, blobText());
        assertEquals("Downloaded portfolio.md.", text("[data-portfolio-export-message]"));

        profiles.grant(site.url().replaceAll("/handbook/$", ""), List.of("clipboardReadWrite", "clipboardSanitizedWrite"));
        find("[data-portfolio-copy]").click();
        waitUntil(() -> "Markdown copied.".equals(text("[data-portfolio-export-message]")));
        assertEquals(markdown.strip(), ((String) browser.executeAsyncScript(
                "var done = arguments[0]; navigator.clipboard.readText().then(done, function (e) { done('' + e); });"))
                .strip());
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void importedEntriesAreCheckedAgainBeforeUse() {
        // A crafted progress file or link can put anything into the store: only http(s) links are ever shown.
        open("portfolio.html");
        js("window.handbookProgress.update(function (s) { s.extra['portfolio:" + PHASE1 + "'] ="
                + " { demo: 'javascript:alert(1)', repo: 'https://github.com/me/ok', writeup: 42, note: ['x'] }; });");
        WebElement links = find("[data-portfolio-item='" + PHASE1 + "'] [data-portfolio-links]");
        assertEquals("Repository", links.getText());
        assertEquals(List.of("https://github.com/me/ok"), findAll("main .portfolio-links a").stream()
                .map(a -> a.getAttribute("href")).toList());
        assertFalse(find("[data-portfolio-markdown]").getAttribute("value").contains("javascript"));
        open(PHASE1 + ".html");
        assertEquals("", find("#pf-phases-01-core-rust-foundations-demo").getAttribute("value"));
        Chromium.assertNoConsoleErrors(browser);
    }

    private static String blobText() {
        return (String) browser.executeAsyncScript("var done = arguments[0];"
                + " window.__saved[window.__saved.length - 1].text().then(done);");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entry(String key) {
        Map<String, Object> e = new java.util.HashMap<>((Map<String, Object>) storedExtra().get(key));
        assertTrue(e.remove("t") instanceof Long);
        return e;
    }
}
