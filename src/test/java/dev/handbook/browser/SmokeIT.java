package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The real handbook, served under a sub-path as on GitHub Pages: pages load, a tick survives a reload. */
@ExtendWith({SharedChromium.class, BuiltSites.class})
class SmokeIT {
    static RealSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void serve(RealSite real, ChromeDriver shared) {
        site = real;
        browser = shared;
    }

    @Test
    void tickSurvivesReloadUnderASubPath() {
        browser.get(site.url() + "phases/00-setup-and-workflow.html");
        WebElement box = browser.findElement(By.id("check-rust-toolchain"));
        browser.findElement(By.cssSelector("label[for='check-rust-toolchain']")).click();
        assertTrue(box.isSelected());
        browser.navigate().refresh();
        assertTrue(browser.findElement(By.id("check-rust-toolchain")).isSelected());
        String progress = browser.findElement(By.cssSelector(".page-header .progress-text")).getText();
        assertTrue(progress.startsWith("Progress: 1 of "), progress);
        browser.get(site.url() + "index.html");
        String overall = browser.findElement(By.cssSelector("[data-progress='all'] .progress-text")).getText();
        assertTrue(overall.startsWith("Overall progress: 1 of "), overall);
        assertEquals("rust-roadmap", browser.findElement(By.tagName("body")).getAttribute("data-handbook"));
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void notFoundPageUnderADeepPathStillFindsItsStyles() {
        browser.get(site.url() + "no/such/page.html");
        assertEquals("Page not found", browser.findElement(By.tagName("h1")).getText());
        // Styles loaded: the skip link is moved off-screen by the stylesheet.
        assertTrue(browser.findElement(By.className("skip-link")).getLocation().getY() < 0);
        // The only failed request is the missing page itself.
        assertEquals(List.of(), Chromium.severeConsoleMessages(browser).stream()
                .filter(m -> !m.startsWith(site.url() + "no/such/page.html ")).toList());
    }
}
