package dev.handbook.browser;

import static dev.handbook.browser.ProgressSite.PHASE_1;
import static dev.handbook.browser.ProgressSite.PHASE_2;
import static dev.handbook.browser.ProgressSite.assertTicks;
import static dev.handbook.browser.ProgressSite.click;
import static dev.handbook.browser.ProgressSite.progressText;
import static dev.handbook.browser.ProgressSite.storedIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A new deploy changes the content under a learner's ticks (issue 5): a renamed item keeps its tick through
 * "was:", an item that leaves and comes back comes back ticked, a reworded item says it changed, and a
 * retired item's tick is let go.
 */
@ExtendWith(SharedChromium.class)
class ContentChangeIT {
    static ProgressSite site;
    static ChromeDriver browser;

    /** A site of this class's own: its tests deploy changed content. */
    @BeforeAll
    static void serve(@TempDir Path dir, ChromeDriver shared) {
        site = new ProgressSite(dir);
        browser = shared;
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @BeforeEach
    void contentAsFirstDeployed() {
        site.rebuildFrom(Map.of());
    }

    private static final String PHASE_2_RENAMED = """
            items:
              - id: b-one
                text: Ship a release
              - id: b-notes
                was: [b-two]
                text: Write release notes
            """;

    /** Phase 1 without its item a-three. */
    private static final String PHASE_1_WITHOUT_A_THREE = """
            items:
              - id: a-one
                text: Read the *first* chapter
              - id: a-two
                text: Write a unit test
            review:
              - id: a-review
                text: The tests pass on CI
            """;

    @Test
    void aRenamedItemKeepsItsTickWhereverTheLearnerLandsFirst() {
        browser.get(site.url(PHASE_2));
        click(browser, "b-two");
        site.rebuild(Map.of("content/phases/02-second.yml", PHASE_2_RENAMED));
        // The index is where the learner comes back: its bars already count the renamed item.
        browser.get(site.url("index.html"));
        assertEquals("Overall progress: 1 of 6 done", progressText(browser, "all"));
        assertEquals("Progress: 1 of 2 done", progressText(browser, "phases/02-second"));
        assertEquals("b-notes", storedIds(browser));
        browser.get(site.url(PHASE_2));
        assertTicks(browser, "b-notes");
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void anOldExportImportedAfterARenameMovesToTheNewId() {
        site.rebuild(Map.of("content/phases/02-second.yml", PHASE_2_RENAMED));
        browser.get(site.url("index.html"));
        browser.executeScript("window.handbookProgress.update(function (s) { s.items['b-two'] = {t: 1}; });");
        browser.navigate().refresh();
        assertEquals("b-notes", storedIds(browser));
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void anItemThatLeavesAndComesBackComesBackTicked() {
        browser.get(site.url(PHASE_1));
        click(browser, "a-three");
        site.rebuild(Map.of("content/phases/01-first.yml", PHASE_1_WITHOUT_A_THREE));
        browser.navigate().refresh();
        assertEquals(0, browser.findElements(By.id("check-a-three")).size());
        click(browser, "a-one");
        assertEquals("Progress: 1 of 3 done", progressText(browser, "phases/01-first"));
        assertEquals("a-one a-three", storedIds(browser));
        site.rebuild(ProgressSite.FILES);
        browser.navigate().refresh();
        assertTicks(browser, "a-one", "a-three");
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void aRewordedItemSaysItChangedUntilTheLearnerConfirms() {
        browser.get(site.url(PHASE_1));
        click(browser, "a-one");
        click(browser, "a-two");
        String before = browser.findElement(By.id("check-a-one")).getAttribute("data-hash");
        site.rebuild(Map.of("content/phases/01-first.yml", """
                items:
                  - id: a-one
                    text: Read the *first* and *second* chapters
                  - id: a-two
                    text: "write a   UNIT test"
                  - id: a-three
                    text: Fix a bug
                review:
                  - id: a-review
                    text: The tests pass on CI
                """));
        browser.navigate().refresh();
        assertNotEquals(before, browser.findElement(By.id("check-a-one")).getAttribute("data-hash"));
        assertTicks(browser, "a-one", "a-two");
        // Only the material change is flagged: case and spacing are not.
        assertEquals(List.of("item-a-one"), browser.findElements(By.cssSelector(".item-status")).stream()
                .map(note -> note.findElement(By.xpath("..")).getAttribute("id")).toList());
        WebElement note = browser.findElement(By.cssSelector("#item-a-one .item-status"));
        assertEquals("Changed since you ticked it. Still done", note.getText());
        WebElement confirm = note.findElement(By.tagName("button"));
        assertEquals("Still done: Read the first and second chapters", confirm.getAccessibleName());
        confirm.click();
        assertEquals(0, browser.findElements(By.cssSelector(".item-status")).size());
        assertEquals("check-a-one", browser.switchTo().activeElement().getAttribute("id"));
        browser.navigate().refresh();
        assertEquals(0, browser.findElements(By.cssSelector(".item-status")).size());
        assertTicks(browser, "a-one", "a-two");
        // Unticking and ticking again also takes the new text as the one ticked.
        site.rebuild(Map.of("content/phases/01-first.yml", ProgressSite.FILES.get("content/phases/01-first.yml")));
        browser.navigate().refresh();
        assertEquals(1, browser.findElements(By.cssSelector("#item-a-one .item-status")).size());
        click(browser, "a-one");
        assertEquals(0, browser.findElements(By.cssSelector(".item-status")).size());
        click(browser, "a-one");
        assertEquals(0, browser.findElements(By.cssSelector(".item-status")).size());
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void aRetiredItemsTickIsLetGoQuietlyAndTheOthersStay() {
        browser.get(site.url(PHASE_1));
        click(browser, "a-one");
        click(browser, "a-three");
        site.rebuild(Map.of("content/phases/01-first.yml", PHASE_1_WITHOUT_A_THREE + "retired: [a-three]\n"));
        browser.get(site.url("index.html"));
        assertEquals("a-one", storedIds(browser), "let go on the first page the learner opens");
        assertEquals("Overall progress: 1 of 5 done", progressText(browser, "all"));
        browser.get(site.url(PHASE_1));
        assertTicks(browser, "a-one");
        assertEquals(0, browser.findElements(By.cssSelector(".item-status")).size(), "nothing to confirm");
        Chromium.assertNoConsoleErrors(browser);
    }
}
