package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.browser.PrintedPdf.Paper;
import dev.handbook.model.Handbook;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The worksheet's three versions in the real handbook (issue 8): blank, with my ticks (each ticked item
 * marked and dated) and only what is left, read from the ticks saved by the phase page; chosen with the
 * labelled control or ?version= in the address; the blank one with JavaScript off.
 */
@ExtendWith({SharedChromium.class, BuiltSites.class})
class WorksheetVersionsIT {
    static final String PHASE = "phases/01-core-rust-foundations.html";
    static final String SHEET = "phases/01-core-rust-foundations.worksheet.html";
    static final List<String> TICKED = List.of("ownership-borrowing-lifetimes", "p01-review-borrowing");
    static RealSite site;
    static ChromeDriver browser;
    static Handbook handbook;

    @BeforeAll
    static void serve(RealSite real, ChromeDriver shared) {
        site = real;
        handbook = real.handbook();
        browser = shared;
    }

    /** Ticks two items on the phase page, as a learner does: by clicking their labels. */
    @BeforeEach
    void tickTwoItems() {
        browser.get(site.url() + PHASE);
        for (String id : TICKED) {
            browser.findElement(By.cssSelector("label[for='check-" + id + "']")).click();
            assertTrue(browser.findElement(By.id("check-" + id)).isSelected());
        }
    }

    List<String> shownRows() {
        return browser.findElements(By.cssSelector("tr[data-item]")).stream().filter(WebElement::isDisplayed)
                .map(r -> r.getAttribute("data-item")).toList();
    }

    List<String> doneRows() {
        return browser.findElements(By.cssSelector("tr[data-item].is-done")).stream()
                .map(r -> r.getAttribute("data-item")).toList();
    }

    String status() {
        return browser.findElement(By.cssSelector(".sheet [data-sheet-status]")).getText();
    }

    String version() {
        return browser.findElement(By.cssSelector("input[name=version]:checked")).getAttribute("value");
    }

    @Test
    void theLinkFromThePhasePageOpensTheBlankSheet() {
        browser.findElement(By.linkText("Print worksheet")).click();
        assertTrue(browser.getCurrentUrl().endsWith(SHEET), browser.getCurrentUrl());
        assertEquals("blank", version());
        assertEquals(9, shownRows().size());
        assertEquals(List.of(), doneRows());
        assertFalse(browser.findElement(By.cssSelector(".sheet [data-sheet-status]")).isDisplayed());
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void withMyTicksMarksAndDatesEachTickedItemOnScreenAndOnPaper() {
        browser.get(site.url() + SHEET + "?version=ticks");
        String today = LocalDate.now().toString();
        assertEquals("ticks", version());
        assertEquals(TICKED, doneRows());
        assertEquals(9, shownRows().size());
        for (String id : TICKED) {
            WebElement row = browser.findElement(By.cssSelector("tr[data-item='" + id + "']"));
            assertEquals(today, row.findElement(By.cssSelector("[data-date]")).getText());
            assertEquals("done", row.findElement(By.cssSelector("[data-state]")).getAttribute("textContent"));
        }
        assertEquals("", browser.findElement(By.cssSelector("tr[data-item='traits-generics-enums-patterns'] "
                + "[data-date]")).getText());
        assertEquals("With your ticks from this browser, " + today + ": 2 of 9 done.", status());

        String paper = PrintedPdf.print(browser, Paper.A4, PrintIT.OUT.resolve("versions-ticks-A4.pdf")).text();
        assertTrue(paper.contains("2 of 9 done."), paper);
        assertEquals(3, paper.split(today, -1).length - 1, "the status and two dated rows: " + paper);
        assertFalse(paper.contains("With my ticks"), "the chooser does not print");
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void onlyWhatIsLeftIsChosenWithTheControlAndNamedInTheAddress() {
        browser.get(site.url() + SHEET);
        assertEquals("blank", version());
        browser.findElement(By.xpath("//label[normalize-space()='Only what is left']")).click();
        assertTrue(browser.getCurrentUrl().endsWith(SHEET + "?version=left"), browser.getCurrentUrl());
        List<String> left = handbook.phases().get(1).checklist().all().map(i -> i.id().value())
                .filter(id -> !TICKED.contains(id)).toList();
        assertEquals(left, shownRows());
        assertEquals(List.of(), doneRows());
        assertTrue(status().matches("Only what is left, \\d{4}-\\d\\d-\\d\\d: 7 items of 9 \\(2 done are not shown\\)\\."),
                status());

        PrintedPdf pdf = PrintedPdf.print(browser, Paper.LETTER, PrintIT.OUT.resolve("versions-left-LETTER.pdf"));
        String paper = PrintIT.squeeze(pdf.text());
        assertFalse(paper.contains(PrintIT.squeeze("Ownership, borrowing, lifetimes")), paper);
        assertTrue(paper.contains(PrintIT.squeeze("Traits, generics, enums, pattern matching")), paper);
        assertTrue(pdf.pageCount() <= 2);

        // The address brings the same version back; choosing "Blank" drops the parameter again.
        browser.navigate().refresh();
        assertEquals("left", version());
        assertEquals(left, shownRows());
        browser.findElement(By.xpath("//label[normalize-space()='Blank']")).click();
        assertTrue(browser.getCurrentUrl().endsWith(SHEET), browser.getCurrentUrl());
        assertEquals(9, shownRows().size());
        assertEquals(List.of(), doneRows());
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void aPhaseWithNothingLeftSaysSo() {
        browser.executeScript("""
                window.handbookProgress.update(function (s) {
                  ['kafka-rabbitmq', 'hadoop-spark', 'p09-review-backpressure', 'p09-review-idempotency',
                   'p09-review-message-schema', 'p09-review-clean-shutdown']
                    .forEach(function (id) { s.items[id] = { t: Date.now(), h: '' }; });
                });""");
        browser.get(site.url() + "phases/09-data-streaming-and-big-data.worksheet.html?version=left");
        assertEquals(List.of(), shownRows());
        assertEquals(List.of("Everything here is done.", "Everything here is done."),
                browser.findElements(By.cssSelector("tr.all-done")).stream().filter(WebElement::isDisplayed)
                        .map(WebElement::getText).toList());
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void theBookletCountsEveryPhase() {
        browser.get(site.url() + "worksheets.html?version=ticks");
        int all = handbook.phases().stream().mapToInt(p -> p.checklist().size()).sum();
        String cover = browser.findElement(By.cssSelector(".booklet-cover [data-sheet-status]")).getText();
        assertTrue(cover.endsWith(": 2 of " + all + " done."), cover);
        assertEquals(TICKED, doneRows());
        assertEquals(handbook.phases().size(), browser.findElements(By.cssSelector(".sheet [data-sheet-status]"))
                .stream().filter(WebElement::isDisplayed).count());
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void anUnknownVersionIsTheBlankOne() {
        browser.get(site.url() + SHEET + "?version=everything");
        assertEquals("blank", version());
        assertEquals(List.of(), doneRows());
        assertEquals(9, shownRows().size());
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void withoutJavaScriptTheSheetIsBlankAndSaysWhy() {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.get(site.url() + SHEET + "?version=ticks");
            assertFalse(browser.findElement(By.cssSelector("[data-sheet-versions]")).isDisplayed());
            assertEquals(List.of(), doneRows());
            assertEquals(9, shownRows().size());
            assertTrue(browser.findElement(By.cssSelector("main .note")).getText()
                    .startsWith("This is the blank worksheet."));
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
        Chromium.assertNoConsoleErrors(browser);
    }
}
