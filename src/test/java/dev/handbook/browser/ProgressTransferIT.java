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
import static dev.handbook.browser.ProgressSite.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Moving progress to another device with no account (issue 5): an exported file imported into a fresh
 * browser profile (merge by default, with a summary; replace on request), and a progress link that, opened
 * in a fresh profile, offers to merge. Quiz results and other scripts' data travel along.
 */
@ExtendWith({SharedChromium.class, BuiltSites.class})
class ProgressTransferIT {
    static ProgressSite site;
    @TempDir
    Path dir;
    Profiles profiles;
    /** Where the current device's downloads go. */
    Path downloads;
    int devices;

    @BeforeAll
    static void serve(ProgressSite shared) {
        site = shared;
    }

    @BeforeEach
    void oneBrowser(Profiles shared) {
        profiles = shared;
    }

    /**
     * A fresh profile: its own, empty storage (another device, as far as the page can tell). The first is the one
     * the test starts in; each later one is switched to, and the device before it is not used again.
     */
    private ChromeDriver device() {
        ChromeDriver browser = devices == 0 ? profiles.driver() : profiles.open(Chromium.WIDTH, Chromium.HEIGHT);
        downloads = dir.resolve("downloads-" + devices++);
        profiles.allowDownloads(downloads);
        return browser;
    }

    /** Device A: three ticks, a quiz result and a note from another script. */
    private ChromeDriver firstDevice() {
        ChromeDriver a = device();
        a.get(site.url(PHASE_1));
        click(a, "a-one");
        click(a, "a-review");
        a.get(site.url(PHASE_2));
        click(a, "b-one");
        a.executeScript("window.handbookProgress.update(function (s) { s.quiz['q-one'] = {best: 2, of: 3};"
                + " s.extra.plan = {start: '2026-01-05'}; });");
        return a;
    }

    private Path export(ChromeDriver browser) throws IOException {
        browser.get(site.url("index.html"));
        WebElement button = browser.findElement(By.cssSelector("[data-action='export']"));
        assertEquals("Export progress", button.getAccessibleName());
        button.click();
        Path file = downloads.resolve("progress-book-progress.json");
        waitFor(browser, d -> Files.isRegularFile(file) && fileSize(file) > 0);
        assertEquals("Exported 3 ticked items to progress-book-progress.json.", message(browser));
        return file;
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void importFile(ChromeDriver browser, Path file) {
        browser.findElement(By.cssSelector("input[type='file'][data-import]")).sendKeys(file.toString());
    }

    @Test
    void anExportImportedInAFreshProfileMergesWithASummary() throws IOException {
        ChromeDriver a = firstDevice();
        Path file = export(a);
        String json = Files.readString(file);
        assertTrue(json.matches("(?s)\\{\\s*\"handbook\": \"progress-book\",\\s*\"exported\": \"\\d{4}-\\d\\d-\\d\\dT[^\"]+Z\","
                + "\\s*\"state\": \\{\\s*\"format\": 1,.*"), json);
        assertEquals(stored(a), a.executeScript("return JSON.stringify(JSON.parse(arguments[0]).state);", json));

        ChromeDriver b = device();
        b.get(site.url(PHASE_1));
        click(b, "a-one");
        click(b, "a-two");
        b.get(site.url("index.html"));
        importFile(b, file);
        waitFor(b, d -> !message(d).isEmpty());
        // One is "1 was", not "1 were": the messages count with plural forms (issue 18, part 4).
        assertEquals("Merged: 2 new ticks added, 1 was already ticked here; 4 ticked in all.", message(b));
        assertEquals("Overall progress: 4 of 6 done", progressText(b, "all"));
        assertEquals("a-one a-review a-two b-one", storedIds(b));
        assertEquals("{\"q-one\":{\"best\":2,\"of\":3}}|{\"plan\":{\"start\":\"2026-01-05\"}}", b.executeScript(
                "var s = window.handbookProgress.read(); return JSON.stringify(s.quiz) + '|' + JSON.stringify(s.extra);"));
        b.get(site.url(PHASE_1));
        assertTicks(b, "a-one", "a-review", "a-two");
        Chromium.assertNoConsoleErrors(b);   // the log holds both devices' messages
    }

    @Test
    void replaceOnRequestAsksFirst() throws IOException {
        Path file = export(firstDevice());
        ChromeDriver b = device();
        b.get(site.url(PHASE_2));
        click(b, "b-two");
        b.get(site.url("index.html"));
        WebElement replace = b.findElement(By.cssSelector("[data-import-replace]"));
        assertEquals("Replace instead of merge", replace.getAccessibleName());
        replace.click();
        importFile(b, file);
        assertEquals("Replace the 1 ticked item in this browser with the 3 in progress-book-progress.json?",
                alert(b).getText());
        b.switchTo().alert().dismiss();
        waitFor(b, d -> message(d).equals("Nothing imported."));
        assertEquals("b-two", storedIds(b));
        importFile(b, file);
        alert(b).accept();
        waitFor(b, d -> message(d).equals("Replaced: 1 ticked item before, 3 now."));
        assertEquals("a-one a-review b-one", storedIds(b));
        assertEquals("Overall progress: 3 of 6 done", progressText(b, "all"));
        Chromium.assertNoConsoleErrors(b);
    }

    @Test
    void filesThatAreNotThisHandbooksProgressAreRefusedWithAReason() throws IOException {
        ChromeDriver b = device();
        b.get(site.url(PHASE_1));
        click(b, "a-one");
        b.get(site.url("index.html"));
        String before = stored(b);
        Map<String, String> files = Map.of(
                "notes.json", "{oops",
                "other.json", "{\"handbook\":\"other-book\",\"state\":{\"format\":1,\"items\":{}}}",
                "random.json", "{\"items\":[1,2]}",
                "future.json", "{\"handbook\":\"progress-book\",\"state\":{\"format\":2,\"items\":{}}}");
        Map<String, String> expected = Map.of(
                "notes.json", "Could not import notes.json: it is not JSON.",
                "other.json", "Could not import other.json: it belongs to another handbook (\"other-book\").",
                "random.json", "Could not import random.json: it is not a handbook progress file.",
                "future.json", "Could not import future.json: it was made by a newer version of this handbook.");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = Files.writeString(dir.resolve(f.getKey()), f.getValue());
            importFile(b, file);
            waitFor(b, d -> message(d).equals(expected.get(f.getKey())));
        }
        assertEquals(before, stored(b));
        Chromium.assertNoConsoleErrors(b);
    }

    @Test
    void aProgressLinkOpenedInAFreshProfileOffersToMerge() {
        ChromeDriver a = firstDevice();
        a.get(site.url("index.html"));
        a.findElement(By.cssSelector("[data-action='link']")).click();
        // The link is made by transfer.js, which loads on this first use (issue 9).
        String link = waitFor(a, d -> {
            String value = d.findElement(By.id("progress-link")).getAttribute("value");
            return value.isEmpty() ? null : value;
        });
        assertTrue(link.matches(java.util.regex.Pattern.quote(site.url("index.html")) + "#progress=[A-Za-z0-9_-]+"),
                link);

        ChromeDriver b = device();
        b.get(site.url(PHASE_2));
        click(b, "b-two");
        b.get(link);
        // transfer.js loads on demand, after the page has loaded: wait for the offer it makes.
        WebElement offer = waitFor(b, d -> d.findElement(By.cssSelector(".link-offer")));
        assertEquals("Progress link", offer.getAccessibleName());
        assertEquals("This link carries progress for 3 ticked items. Merge it into the progress saved in this browser?",
                offer.findElement(By.tagName("p")).getText());
        // Nothing is applied before the learner says so.
        assertEquals("b-two", storedIds(b));
        WebElement merge = b.switchTo().activeElement();
        assertEquals("Merge", merge.getText());
        merge.click();
        assertEquals("Merged: 3 new ticks added, 0 were already ticked here; 4 ticked in all.", offer.getText());
        assertEquals(0, offer.findElements(By.tagName("button")).size());
        assertEquals(site.url("index.html"), b.getCurrentUrl());
        assertEquals("Overall progress: 4 of 6 done", progressText(b, "all"));
        assertEquals("a-one a-review b-one b-two", storedIds(b));
        assertEquals("{\"q-one\":{\"best\":2,\"of\":3}}", b.executeScript(
                "return JSON.stringify(window.handbookProgress.read().quiz);"));
        // The text hashes travel too, so "changed since you ticked it" keeps working on the new device.
        b.get(site.url(PHASE_1));
        assertEquals(0, b.findElements(By.cssSelector(".item-status")).size());
        assertEquals(b.findElement(By.id("check-a-one")).getAttribute("data-hash"), b.executeScript(
                "return JSON.parse(localStorage.getItem(arguments[0])).items['a-one'].h;", KEY));
        Chromium.assertNoConsoleErrors(b);   // the log holds both devices' messages
    }

    @Test
    void aProgressLinkCanBeIgnoredAndADamagedOneChangesNothing() {
        ChromeDriver b = device();
        b.get(site.url("index.html"));
        store(b, KEY, "{\"format\":1,\"items\":{\"b-two\":{\"t\":1}},\"quiz\":{},\"extra\":{}}");
        String before = stored(b);
        String link = site.url("index.html") + "#progress=" + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"v\":1,\"h\":\"progress-book\",\"i\":[\"a-one\"],\"q\":{},\"x\":{}}".getBytes());
        b.get(link);
        waitFor(b, d -> d.findElement(By.xpath("//button[text()='Ignore']"))).click();
        assertEquals("Ignored; nothing changed.", b.findElement(By.cssSelector(".link-offer")).getText());
        assertEquals(before, stored(b));
        for (String damaged : List.of("%%%", "bm90IGpzb24", java.util.Base64.getUrlEncoder().encodeToString(
                "{\"v\":1,\"h\":\"other-book\",\"i\":[]}".getBytes()).replace("=", ""))) {
            // Pasted into the address bar of the open page: only the fragment changes, no reload. The old answer goes
            // first, so the wait below sees this link's own answer.
            b.executeScript("document.querySelector('.link-offer').remove();");
            b.get(site.url("index.html") + "#progress=" + damaged);
            String expected = "This progress link is damaged or belongs to another handbook; nothing changed.";
            assertEquals(expected, waitFor(b, d -> {
                String text = d.findElement(By.cssSelector(".link-offer")).getText();
                return text.equals(expected) ? text : null;
            }), damaged);
        }
        assertEquals(before, stored(b));
        assertFalse(b.getCurrentUrl().contains("#progress="));
        Chromium.assertNoConsoleErrors(b);
    }
}
