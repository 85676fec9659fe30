package dev.handbook.browser;

import static dev.handbook.browser.ProgressSite.click;
import static dev.handbook.browser.ProgressSite.progressText;
import static dev.handbook.browser.ProgressSite.ticked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * A course in parts (issue 17), as a learner uses it in Chromium: a tick counts on its part's page and on
 * the start page's part card, the navigation opens the current part and the keyboard opens another, search
 * names a phase's part, the plan groups phases by part, and a phase moved to another part keeps its ticks.
 */
@ExtendWith(SharedChromium.class)
class PartsIT {
    static final Map<String, String> FILES = files();
    static Path dir;
    static StaticServer server;
    static ChromeDriver browser;

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/handbook.yml", "id: parted\ntitle: Parted Course\ndescription: A course in parts.\n");
        files.put("content/index.md", "---\ntitle: Welcome\n---\nStart with [the basics](phases/01-basics/index.md).\n");
        files.put("content/phases/01-basics/index.md",
                "---\ntitle: Basics\ndescription: Where everyone starts.\n---\nThe first part.\n");
        files.put("content/phases/01-basics/01-hello.md", "---\ntitle: Hello\n---\n## Say hello\n\nA lesson.\n");
        files.put("content/phases/01-basics/01-hello.yml",
                "items:\n  - id: say-hello\n    text: Say hello\n  - id: wave\n    text: Wave goodbye\n");
        files.put("content/phases/01-basics/02-again.md", "---\ntitle: Again\n---\nAnother lesson.\n");
        files.put("content/phases/02-further/index.md", "---\ntitle: Further\n---\n");
        files.put("content/phases/02-further/03-onwards.md", "---\ntitle: Onwards\n---\nOn to more.\n");
        files.put("content/phases/02-further/03-onwards.yml", "items:\n  - id: go-on\n    text: Go on\n");
        return files;
    }

    @BeforeAll
    static void serve(@TempDir Path temp) {
        dir = temp;
        build();
        server = StaticServer.serve(dir.resolve("site"), "/course/");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void open(ChromeDriver shared) {
        browser = shared;
    }

    private static void build() {
        TestSupport.write(dir, FILES);
        new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES,
                dir.resolve("site"), Optional.empty(), false, true));
    }

    @Test
    void aTickCountsOnItsPartPageAndOnTheStartPagesPartCard() {
        browser.get(server.url() + "phases/01-basics/01-hello.html");
        click(browser, "say-hello");
        browser.get(server.url() + "phases/01-basics/index.html");
        assertEquals("Progress in this part: 1 of 2 done", progressText(browser, "phases/01-basics/index"));
        browser.get(server.url() + "index.html");
        assertEquals("Progress: 1 of 2 done", progressText(browser, "phases/01-basics/index"));
        assertEquals("Progress: 0 of 1 done", progressText(browser, "phases/02-further/index"));
        assertEquals("Overall progress: 1 of 3 done", progressText(browser, "all"));
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void theNavigationOpensTheCurrentPartAndTheKeyboardOpensAnother() {
        browser.get(server.url() + "phases/01-basics/02-again.html");
        List<WebElement> parts = browser.findElements(By.cssSelector("nav .nav-part"));
        assertEquals("Basics", parts.get(0).findElement(By.tagName("summary")).getText());
        assertTrue(parts.get(0).getDomProperty("open").equals("true"), "the current page's part is open");
        WebElement current = browser.findElement(By.cssSelector("nav a[aria-current='page']"));
        assertEquals("Again", current.getText().replaceAll("^\\d+\\s*", "").strip());
        assertTrue(current.isDisplayed());
        WebElement further = parts.get(1);
        WebElement onwards = further.findElement(By.cssSelector("a[href$='03-onwards.html']"));
        assertFalse(onwards.isDisplayed(), "a closed part hides its phases");
        WebElement summary = further.findElement(By.tagName("summary"));
        tabTo(summary);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertEquals("true", further.getDomProperty("open"));
        assertTrue(onwards.isDisplayed());
        new Actions(browser).sendKeys(Keys.TAB).perform();
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals(onwards, browser.switchTo().activeElement(), "after the part's own page, its first phase");
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void searchNamesAPhasesPartAndOpensIt() {
        browser.get(server.url() + "index.html");
        WebElement input = browser.findElement(By.id("search-input"));
        input.sendKeys("onwards");
        List<WebElement> results = Chromium.waiting(browser, Duration.ofSeconds(5))
                .until(d -> {
                    List<WebElement> found = d.findElements(By.cssSelector("#search-results [role='option']"));
                    return found.isEmpty() ? null : found;
                });
        assertEquals("Onwards", results.get(0).findElement(By.className("search-title")).getText());
        assertTrue(results.get(0).findElement(By.className("search-where")).getText().endsWith("Further › Phase 3: Onwards"),
                results.get(0).getText());
        input.sendKeys(Keys.ENTER);
        Chromium.waiting(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("03-onwards.html"));
        assertEquals("Onwards", browser.findElement(By.tagName("h1")).getText());
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void thePlanGroupsThePhasesByPartAndDatesThemInOrder() {
        LocalDate start = LocalDate.now();
        browser.get(server.url() + "plan.html");
        browser.findElement(By.cssSelector("label[for='pace-fast']")).click();
        browser.executeScript("var f = document.getElementById('plan-start'); f.value = arguments[0];"
                + " f.dispatchEvent(new Event('change', { bubbles: true }));", start.toString());
        assertEquals(List.of("Part 1: Basics", "Part 2: Further"), browser.findElements(By.cssSelector("tr.plan-part th"))
                .stream().map(WebElement::getText).toList());
        // A phase without a duration counts one week; the part rows take no time of their own.
        List<String> targets = browser.findElements(By.cssSelector("[data-plan-phase] [data-cell='target'] time"))
                .stream().map(t -> t.getAttribute("datetime")).toList();
        assertEquals(List.of(start.plusDays(7).toString(), start.plusDays(14).toString(), start.plusDays(21).toString()),
                targets);
        assertEquals(2, browser.findElements(By.cssSelector("tbody:first-of-type [data-plan-phase]")).size(),
                "Basics' two phases under its heading");
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void aPhaseMovedToAnotherPartKeepsItsTicks() throws IOException {
        browser.get(server.url() + "phases/01-basics/01-hello.html");
        click(browser, "wave");
        try {
            Files.move(dir.resolve("content/phases/01-basics/01-hello.md"), dir.resolve("content/phases/02-further/01-hello.md"));
            Files.move(dir.resolve("content/phases/01-basics/01-hello.yml"), dir.resolve("content/phases/02-further/01-hello.yml"));
            new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES,
                    dir.resolve("site"), Optional.empty(), false, true));
            browser.get(server.url() + "phases/02-further/01-hello.html");
            assertTrue(ticked(browser, "wave"));
            assertFalse(ticked(browser, "say-hello"));
            browser.get(server.url() + "index.html");
            assertEquals("Progress: 1 of 3 done", progressText(browser, "phases/02-further/index"));
        } finally {
            Files.move(dir.resolve("content/phases/02-further/01-hello.md"), dir.resolve("content/phases/01-basics/01-hello.md"));
            Files.move(dir.resolve("content/phases/02-further/01-hello.yml"), dir.resolve("content/phases/01-basics/01-hello.yml"));
            build();
        }
        Chromium.assertNoConsoleErrors(browser);
    }

    /** Presses Tab from the top of the page until {@code target} has the focus (within 60 presses). */
    private static void tabTo(WebElement target) {
        browser.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
        for (int i = 0; i < 60; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            if (target.equals(browser.switchTo().activeElement())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + target.getAttribute("outerHTML"));
    }
}
