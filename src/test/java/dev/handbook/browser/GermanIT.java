package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.GermanHandbook;
import dev.handbook.TestSupport;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.SiteBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the scripts write is German in a German handbook (issue 18, part 4): they take their words from the
 * page (its JSON block of messages) and the plural form from the browser's rules for {@code <html lang>}.
 */
@ExtendWith(SharedChromium.class)
class GermanIT {
    static final String SUB_PATH = "/buch/";
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void serve(@TempDir Path dir, ChromeDriver shared) throws Exception {
        TestSupport.write(dir, GermanHandbook.files());
        Path site = dir.resolve("site");
        new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES, site,
                Optional.of("https://example.org" + SUB_PATH), false, true));
        server = new StaticServer(site, SUB_PATH);
        browser = shared;
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theProgressCountIsGerman() {
        browser.get(server.url() + "phases/01-grundlagen/01-start.html");
        // Two items and one self-review item: three to tick.
        String text = "[data-progress='phases/01-start'] .progress-text";
        Chromium.waiting(browser, Duration.ofSeconds(5)).until(d -> d.findElement(By.cssSelector(text))
                .isDisplayed());
        assertEquals("Fortschritt: 0 von 3 erledigt", browser.findElement(By.cssSelector(text)).getText());
        browser.findElement(By.cssSelector("label[for='check-erster-punkt'], #check-erster-punkt")).click();
        Chromium.waiting(browser, Duration.ofSeconds(5)).until(d -> d.findElement(By.cssSelector(text)).getText()
                .startsWith("Fortschritt: 1"));
        assertEquals("Fortschritt: 1 von 3 erledigt", browser.findElement(By.cssSelector(text)).getText());
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void searchSaysInGermanThatNothingWasFound() {
        browser.get(server.url() + "index.html");
        browser.findElement(By.id("search-input")).sendKeys("xyzzyqwert");
        By status = By.id("search-status");
        Chromium.waiting(browser, Duration.ofSeconds(5)).until(d -> !d.findElement(status).getAttribute(
                "textContent").isEmpty());
        assertEquals("Keine Treffer", browser.findElement(status).getAttribute("textContent"));
        Chromium.assertNoConsoleErrors(browser);
    }
}
