package dev.handbook.browser;

import static dev.handbook.browser.ProgressSite.PHASE_1;
import static dev.handbook.browser.ProgressSite.assertTicks;
import static dev.handbook.browser.ProgressSite.click;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * With JavaScript off (issue 5) the checklists are still real checkboxes that tick, a short note says
 * progress is not saved, and the tools that need the script stay out of the way.
 */
@ExtendWith(BuiltSites.class)
class NoScriptIT {
    /** A browser of its own: JavaScript is off in its settings, as a reader turns it off. */
    @Test
    void checkboxesTickAndTheNoteSaysProgressIsNotSaved(ProgressSite site) {
        ChromeDriver browser = Chromium.start(options -> options.setExperimentalOption("prefs",
                Map.of("profile.managed_default_content_settings.javascript", 2)));
        try {
            browser.get(site.url(PHASE_1));
            assertTrue(browser.findElement(By.tagName("html")).getAttribute("class").contains("no-js"),
                    "JavaScript really is off");
            WebElement note = browser.findElement(By.cssSelector(".checklist-section noscript .note"));
            assertTrue(note.isDisplayed());
            assertEquals("Your ticks are not saved while JavaScript is off: the boxes work, but forget on reload.",
                    note.getText());
            click(browser, "a-one");
            browser.findElement(By.id("check-a-two")).sendKeys(Keys.SPACE);
            assertTicks(browser, "a-one", "a-two");
            click(browser, "a-one");
            assertTicks(browser, "a-two");
            assertFalse(browser.findElement(By.cssSelector(".progress")).isDisplayed());
            assertFalse(browser.findElement(By.cssSelector("[data-progress-tools]")).isDisplayed());
            browser.get(site.url("index.html"));
            assertFalse(browser.findElement(By.cssSelector("[data-progress='all']")).isDisplayed());
            assertFalse(browser.findElement(By.cssSelector("[data-progress-tools]")).isDisplayed());
            Chromium.assertNoConsoleErrors(browser);
        } finally {
            browser.quit();
        }
    }
}
