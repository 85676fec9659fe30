package dev.handbook.browser;

import static dev.handbook.browser.ProgressSite.KEY;
import static dev.handbook.browser.ProgressSite.PHASE_1;
import static dev.handbook.browser.ProgressSite.alert;
import static dev.handbook.browser.ProgressSite.assertTicks;
import static dev.handbook.browser.ProgressSite.click;
import static dev.handbook.browser.ProgressSite.progressText;
import static dev.handbook.browser.ProgressSite.store;
import static dev.handbook.browser.ProgressSite.stored;
import static dev.handbook.browser.ProgressSite.storedIds;
import static dev.handbook.browser.ProgressSite.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Storage that misbehaves never costs a tick (issue 5): a corrupt or foreign value is kept aside, storage
 * that throws or is full leaves the page working in memory and says so once, and a value written by a newer
 * version of the site is never touched. Each test starts in a fresh profile, since some change it for good;
 * the one with site data blocked in the browser's settings starts a browser of its own.
 */
@ExtendWith({SharedChromium.class, BuiltSites.class})
class StorageFailureIT {
    static ProgressSite site;
    ChromeDriver browser;

    @BeforeAll
    static void serve(ProgressSite shared) {
        site = shared;
    }

    @BeforeEach
    void freshProfile(ChromeDriver shared) {
        browser = shared;
    }

    /** The storage notes on the page: there must be exactly one, and this is its text. */
    private String theNotice() {
        List<String> notes = browser.findElements(By.cssSelector(".storage-note")).stream()
                .map(e -> e.getText()).toList();
        assertEquals(1, notes.size(), "storage notes: " + notes);
        return notes.get(0);
    }

    @Test
    void corruptValueIsKeptAsideAndTicksStillWork() {
        browser.get(site.url("index.html"));
        store(browser, KEY, "{not json");
        browser.get(site.url(PHASE_1));
        assertEquals("Saved progress could not be read. It was kept aside (" + KEY + ":backup) and a fresh start made.",
                theNotice());
        assertEquals("{not json", backup(""));
        click(browser, "a-one");
        click(browser, "a-two");
        click(browser, "a-one");
        assertTicks(browser, "a-two");
        assertEquals("a-two", storedIds(browser));
        assertEquals("{not json", backup(""), "the backup survives the first save");
        browser.navigate().refresh();
        assertTicks(browser, "a-two");
        assertEquals(0, browser.findElements(By.cssSelector(".storage-note")).size());

        // Foreign JSON later: kept aside too, under its own dated key; the first backup stays.
        store(browser, KEY, "[\"not\", \"ours\"]");
        browser.navigate().refresh();
        theNotice();
        assertTicks(browser);
        click(browser, "a-three");
        assertEquals("{not json", backup(""));
        assertEquals(List.of("[\"not\", \"ours\"]"), datedBackups());
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void foreignShapesAreKeptAsideNotRepaired() {
        // Valid JSON of the wrong shape (quiz an array) would lose data if "repaired": keep it aside instead.
        String foreign = "{\"format\":1,\"items\":{\"a-one\":{\"t\":1}},\"quiz\":[1]}";
        browser.get(site.url("index.html"));
        store(browser, KEY, foreign);
        browser.get(site.url(PHASE_1));
        theNotice();
        click(browser, "a-two");
        assertEquals(foreign, backup(""));
        assertEquals("a-two", storedIds(browser));
        Chromium.assertNoConsoleErrors(browser);
    }

    private String backup(String suffix) {
        return (String) browser.executeScript("return localStorage.getItem(arguments[0]);", KEY + ":backup" + suffix);
    }

    @SuppressWarnings("unchecked")
    private List<String> datedBackups() {
        return (List<String>) browser.executeScript("return Object.keys(localStorage).filter(function (k) {"
                + " return /:backup:\\d+$/.test(k); }).map(function (k) { return localStorage.getItem(k); });");
    }

    /** Storage that throws on every call, as in some private modes and locked-down browsers. */
    @Test
    void storageThatThrowsLeavesThePageWorkingInMemoryAndSaysSoOnce() {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                ['getItem', 'setItem', 'removeItem', 'clear', 'key'].forEach(function (name) {
                  Storage.prototype[name] = function () {
                    throw new DOMException('The operation is insecure.', 'SecurityError');
                  };
                });
                """));
        assertWorksInMemory();
    }

    /** The real thing: site data blocked in the browser's settings makes window.localStorage itself throw. */
    @Test
    void blockedSiteDataLeavesThePageWorkingInMemory() {
        browser = Chromium.start(options -> options.setExperimentalOption("prefs",
                Map.of("profile.default_content_setting_values.cookies", 2)));
        try {
            assertWorksInMemory();
        } finally {
            browser.quit();
        }
    }

    private void assertWorksInMemory() {
        browser.get(site.url(PHASE_1));
        String notice = "This browser does not let the handbook save, so your ticks last only while this page is open.";
        assertEquals(notice, theNotice());
        click(browser, "a-one");
        click(browser, "a-two");
        click(browser, "a-one");
        click(browser, "a-review");
        assertTicks(browser, "a-review", "a-two");
        assertEquals("Progress: 2 of 4 done", progressText(browser, "phases/01-first"));
        assertEquals(notice, theNotice());
        browser.findElement(By.cssSelector("[data-action='reset']")).click();
        alert(browser).accept();
        assertTicks(browser);
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void fullStorageKeepsTheTickAndSaysSo() {
        browser.get(site.url(PHASE_1));
        // Fill this origin's real quota, in ever smaller pieces, until not one more character fits.
        browser.executeScript("""
                var n = 0;
                for (var size = 1 << 20; size >= 1; size = size >> 1) {
                  var chunk = new Array(size + 1).join('x');
                  for (;;) {
                    try { localStorage.setItem('filler-' + (n++), chunk); } catch (e) { break; }
                  }
                }
                """);
        click(browser, "a-one");
        assertEquals("Browser storage is full, so new ticks are not saved. Export your progress to keep it.",
                theNotice());
        click(browser, "a-two");
        assertTicks(browser, "a-one", "a-two");
        assertEquals("Progress: 2 of 4 done", progressText(browser, "phases/01-first"));
        assertNull(stored(browser));
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void aNewerFormatIsLeftByteForByte() {
        String newer = "{\"format\":2,\"items\":{\"a-one\":{\"t\":1}},\"quiz\":{},\"extra\":{},\"plan\":{\"weeks\":3}}";
        browser.get(site.url("index.html"));
        store(browser, KEY, newer);
        browser.get(site.url(PHASE_1));
        assertEquals("Your progress was saved by a newer version of this handbook. It is left untouched, and ticks "
                + "made here are not saved: reload to get the newer version.", theNotice());
        assertTicks(browser, "a-one");
        click(browser, "a-two");
        click(browser, "a-one");
        assertTicks(browser, "a-two");
        browser.findElement(By.cssSelector("[data-action='reset']")).click();
        alert(browser).accept();
        browser.navigate().refresh();
        assertEquals(newer, stored(browser));
        assertTicks(browser, "a-one");

        // A newer shape this version cannot even read is left alone too: not "kept aside" and replaced.
        String stranger = "{\"format\":3,\"items\":[[\"a-one\",1]]}";
        store(browser, KEY, stranger);
        browser.navigate().refresh();
        theNotice();
        click(browser, "a-three");
        assertEquals(stranger, stored(browser));
        assertNull(backup(""));
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void asksTheBrowserToKeepTheDataOnceOnTheFirstSave() {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.persistCalls = 0;
                StorageManager.prototype.persisted = function () { return Promise.resolve(false); };
                StorageManager.prototype.persist = function () { window.persistCalls++; return Promise.resolve(true); };
                """));
        browser.get(site.url(PHASE_1));
        assertEquals(0L, browser.executeScript("return window.persistCalls;"));
        click(browser, "a-one");
        waitFor(browser, d -> Long.valueOf(1).equals(browser.executeScript("return window.persistCalls;")));
        click(browser, "a-two");
        assertEquals(1L, browser.executeScript("return window.persistCalls;"));
        assertTrue(stored(browser).contains("a-two"));
        Chromium.assertNoConsoleErrors(browser);
    }
}
