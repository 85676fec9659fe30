package dev.handbook.browser;

import static dev.handbook.browser.ProgressSite.KEY;
import static dev.handbook.browser.ProgressSite.PHASE_1;
import static dev.handbook.browser.ProgressSite.PHASE_2;
import static dev.handbook.browser.ProgressSite.alert;
import static dev.handbook.browser.ProgressSite.assertTicks;
import static dev.handbook.browser.ProgressSite.click;
import static dev.handbook.browser.ProgressSite.message;
import static dev.handbook.browser.ProgressSite.progressText;
import static dev.handbook.browser.ProgressSite.store;
import static dev.handbook.browser.ProgressSite.stored;
import static dev.handbook.browser.ProgressSite.storedIds;
import static dev.handbook.browser.ProgressSite.ticked;
import static dev.handbook.browser.ProgressSite.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Ticks in real Chromium (issue 5): they survive a reload, reach a second tab without a reload, are
 * counted by every bar, can be reset with confirmation, and everything works from the keyboard.
 */
@ExtendWith({SharedChromium.class, BuiltSites.class})
class ProgressIT {
    static ProgressSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void serve(ProgressSite shared, ChromeDriver chromium) {
        site = shared;
        browser = chromium;
    }

    @Test
    void tickSurvivesReloadStoredUnderTheHandbooksKey() {
        browser.get(site.url(PHASE_1));
        click(browser, "a-one");
        assertTrue(ticked(browser, "a-one"));
        browser.navigate().refresh();
        assertTicks(browser, "a-one");
        assertTrue(browser.findElement(By.id("item-a-one")).getAttribute("class").contains("is-done"));
        String hash = browser.findElement(By.id("check-a-one")).getAttribute("data-hash");
        assertTrue(stored(browser).matches("\\{\"format\":1,\"items\":\\{\"a-one\":\\{\"t\":\\d{13},\"h\":\""
                + hash + "\"}},\"quiz\":\\{},\"extra\":\\{}}"), stored(browser));
        // Unticking removes the tick, and that too survives a reload.
        click(browser, "a-one");
        browser.navigate().refresh();
        assertTicks(browser);
        assertEquals("", storedIds(browser));
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void aSecondTabSeesATickWithoutReloading(Profiles profiles) {
        browser.get(site.url(PHASE_1));
        String first = browser.getWindowHandle();
        browser.executeScript("window.notReloaded = true;");
        String second = profiles.newTab();
        browser.get(site.url(PHASE_1));
        click(browser, "a-two");
        click(browser, "a-review");
        browser.switchTo().window(first);
        waitFor(browser, d -> ticked(d, "a-two") && ticked(d, "a-review"));
        assertEquals("Progress: 2 of 4 done", progressText(browser, "phases/01-first"));
        assertEquals(Boolean.TRUE, browser.executeScript("return window.notReloaded;"));
        // And back: an untick here reaches the other tab; its next tick keeps this tab's state.
        click(browser, "a-two");
        browser.switchTo().window(second);
        waitFor(browser, d -> !ticked(d, "a-two"));
        click(browser, "a-three");
        assertEquals("a-review a-three", storedIds(browser));
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void barsCountPagesPhasesAndTheWholeHandbookWithAccessibleNamesAndValues() {
        browser.get(site.url(PHASE_1));
        assertEquals("Progress: 0 of 4 done", progressText(browser, "phases/01-first"));
        click(browser, "a-one");
        click(browser, "a-review");
        assertEquals("Progress: 2 of 4 done", progressText(browser, "phases/01-first"));
        browser.get(site.url(PHASE_2));
        click(browser, "b-one");
        assertEquals("Progress: 1 of 2 done", progressText(browser, "phases/02-second"));
        browser.get(site.url("extra.html"));
        assertEquals("Progress: 0 of 2 done", progressText(browser, "extra"));
        click(browser, "c-one");
        assertEquals("Progress: 1 of 2 done", progressText(browser, "extra"));
        assertTicks(browser, "c-one");

        browser.get(site.url("index.html"));
        assertEquals("Overall progress: 3 of 6 done", progressText(browser, "all"));
        assertEquals("Progress: 2 of 4 done", progressText(browser, "phases/01-first"));
        assertEquals("Progress: 1 of 2 done", progressText(browser, "phases/02-second"));
        // What assistive technology gets: role, a distinct name per bar, value and maximum.
        assertEquals(List.of("progressbar|Overall progress: 3 of 6 done|3|6",
                "progressbar|First Steps Progress: 2 of 4 done|2|4",
                "progressbar|Second Steps Progress: 1 of 2 done|1|2"), progressBars());
        Chromium.assertNoConsoleErrors(browser);
    }

    /** "role|name|value|max" for each progress bar in Chromium's accessibility tree. */
    static List<String> progressBars() {
        Map<String, Object> tree = browser.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        List<String> bars = new ArrayList<>();
        for (Object n : (List<?>) tree.get("nodes")) {
            Map<?, ?> node = (Map<?, ?>) n;
            if (!"progressbar".equals(field(node, "role"))) {
                continue;
            }
            Object max = ((List<?>) node.get("properties")).stream().map(p -> (Map<?, ?>) p)
                    .filter(p -> "valuemax".equals(p.get("name"))).<Object>map(p -> ((Map<?, ?>) p.get("value")).get("value"))
                    .findFirst().orElse("?");
            bars.add("progressbar|" + field(node, "name") + "|" + number(field(node, "value")) + "|" + number(max));
        }
        return bars;
    }

    private static Object field(Map<?, ?> node, String name) {
        Object value = node.get(name);
        return value instanceof Map<?, ?> m ? m.get("value") : null;
    }

    private static String number(Object value) {
        return value instanceof Number n ? String.valueOf(n.intValue()) : String.valueOf(value);
    }

    @Test
    void ticksStoredForIdsNotInThisHandbookAreKept() {
        // A later version may drop an item and bring it back: its tick must still be there then.
        browser.get(site.url("index.html"));
        store(browser, KEY, "{\"format\":1,\"items\":{\"gone-item\":{\"t\":1,\"h\":\"x\"}},\"quiz\":{},\"extra\":{}}");
        browser.get(site.url(PHASE_2));
        click(browser, "b-two");
        assertEquals("b-two gone-item", storedIds(browser));
        browser.get(site.url("index.html"));
        assertEquals("Overall progress: 1 of 6 done", progressText(browser, "all"));
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void resetThisPageAsksFirstAndLeavesOtherPages() {
        browser.get(site.url(PHASE_2));
        click(browser, "b-one");
        browser.get(site.url(PHASE_1));
        click(browser, "a-one");
        click(browser, "a-review");
        WebElement reset = browser.findElement(By.cssSelector("[data-action='reset']"));
        assertEquals("Reset this page", reset.getAccessibleName());
        reset.click();
        assertEquals("Untick all 4 items on this page?", alert(browser).getText());
        browser.switchTo().alert().dismiss();
        assertTicks(browser, "a-one", "a-review");
        reset.click();
        alert(browser).accept();
        assertTicks(browser);
        assertEquals("This page was reset.", message(browser));
        assertEquals("Progress: 0 of 4 done", progressText(browser, "phases/01-first"));
        assertEquals("b-one", storedIds(browser));
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void resetEverythingAsksFirstAndClearsTicksQuizAndExtra() {
        browser.get(site.url(PHASE_1));
        click(browser, "a-one");
        browser.executeScript("window.handbookProgress.update(function (s) { s.quiz.q1 = {best: 2};"
                + " s.extra.note = 'mine'; });");
        browser.get(site.url("index.html"));
        WebElement reset = browser.findElement(By.cssSelector("[data-action='reset'][data-scope='all']"));
        reset.click();
        assertEquals("Remove all your progress in this handbook (ticks, quiz results and notes)?",
                alert(browser).getText());
        browser.switchTo().alert().dismiss();
        assertEquals("Overall progress: 1 of 6 done", progressText(browser, "all"));
        reset.click();
        alert(browser).accept();
        assertEquals("All progress was reset.", message(browser));
        assertEquals("Overall progress: 0 of 6 done", progressText(browser, "all"));
        assertEquals("{\"format\":1,\"items\":{},\"quiz\":{},\"extra\":{}}", stored(browser));
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void everythingWorksFromTheKeyboard() {
        browser.get(site.url(PHASE_1));
        WebElement box = browser.findElement(By.id("check-a-two"));
        box.sendKeys(Keys.SPACE);
        assertTrue(box.isSelected());
        assertEquals("Write a unit test", box.getAccessibleName());
        browser.navigate().refresh();
        assertTicks(browser, "a-two");
        // Reset from the keyboard: Enter on the focused button, then the confirmation.
        browser.findElement(By.cssSelector("[data-action='reset']")).sendKeys(Keys.ENTER);
        alert(browser).accept();
        assertTicks(browser);

        // On the index every tool is reachable with Tab and has a name.
        browser.get(site.url("index.html"));
        List<String> reached = new ArrayList<>();
        browser.findElement(By.tagName("h1")).click();
        for (int i = 0; i < 40; i++) {
            // Real key presses (not sendKeys to an element: that would type a file path into the file input).
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            if (focused.findElements(By.xpath("ancestor::section[@data-progress-tools]")).size() > 0) {
                reached.add(focused.getAccessibleName());
            }
        }
        assertEquals(List.of("Export progress", "Import progress", "Replace instead of merge", "Copy progress link",
                "Reset all progress"), reached.stream().distinct().toList());
        // The link tool from the keyboard: the field appears, labelled, holding the link.
        browser.findElement(By.cssSelector("[data-action='link']")).sendKeys(Keys.ENTER);
        WebElement field = browser.findElement(By.id("progress-link"));
        // transfer.js loads on this first use and then fills the field.
        waitFor(browser, d -> !field.getAttribute("value").isEmpty());
        assertTrue(field.isDisplayed());
        assertEquals("Progress link", field.getAccessibleName());
        assertTrue(field.getAttribute("value").startsWith(site.url("index.html") + "#progress="));
        assertFalse(message(browser).isEmpty());
        Chromium.assertNoConsoleErrors(browser);
    }
}
