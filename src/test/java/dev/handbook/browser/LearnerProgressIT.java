package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 10, part 6: everything a learner sets (quiz score, known phases, pace, picks, portfolio) survives a
 * reload, travels in the exported file and the progress link, and merges entry by entry on import.
 */
class LearnerProgressIT extends LearnerBrowserTest {
    static final String PHASE1 = "phases/01-core-rust-foundations";
    static final LocalDate START = LocalDate.now().minusDays(3);

    @TempDir
    Path files;

    @Test
    void everythingSurvivesExportAndImport() throws IOException {
        learnAFewThings();
        browser.navigate().refresh();
        assertAllThere();

        String exported = exportFile();
        assertTrue(exported.contains("\"known:phases/00-setup-and-workflow\"") && exported.contains("\"plan\"")
                && exported.contains("\"picks:capstone\"") && exported.contains("\"portfolio:" + PHASE1 + "\"")
                && exported.contains("\"" + PHASE1 + "\": {"), exported);

        // Another device: nothing stored, then the file imported through the tools panel.
        js("localStorage.clear()");
        browser.navigate().refresh();
        assertTrue(findAll(".card-quiz, .card-known").isEmpty(), "nothing stored");
        Path file = files.resolve("progress.json");
        Files.writeString(file, exported);
        find("input[data-import]").sendKeys(file.toString());
        waitUntil(() -> text("[data-progress-message]").startsWith("Merged:"));
        assertAllThere();
        browser.navigate().refresh();
        assertAllThere();
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void theProgressLinkCarriesItToo() {
        learnAFewThings();
        open("index.html");
        find("[data-action='link']").click();   // transfer.js loads on this first use
        waitUntil(() -> !find("[data-progress-link]").getAttribute("value").isEmpty());
        String link = find("[data-progress-link]").getAttribute("value");
        js("localStorage.clear()");
        browser.get(link);
        browser.navigate().refresh();   // a fragment change alone does not load the page again
        // transfer.js loads on demand once the page is up: wait for the offer it makes.
        waitUntil(() -> !findAll(".link-offer button").isEmpty());
        find(".link-offer button").click();   // "Merge"
        assertAllThere();
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void importMergesEntryByEntryAndKeepsThisBrowsersOwn() throws IOException {
        // The file: a portfolio entry for phase 1 and one for phase 2, a plan, and a quiz score of 3 of 7.
        String incoming = """
                {"handbook": "rust-roadmap", "state": {"format": 1, "items": {},
                 "quiz": {"phases/01-core-rust-foundations": {"best": 3, "of": 7, "t": 1}},
                 "extra": {"portfolio:phases/01-core-rust-foundations": {"repo": "https://github.com/other/one", "t": 1},
                           "portfolio:phases/02-async-rust-and-networking": {"repo": "https://github.com/me/two", "t": 1},
                           "plan": {"pace": "thorough", "start": "2026-01-05", "t": 1}}}}
                """;
        open(PHASE1 + ".html");
        find("#pf-phases-01-core-rust-foundations-repo").sendKeys("https://github.com/me/one");
        find("form[data-portfolio='" + PHASE1 + "'] button[type='submit']").click();
        js("window.handbookProgress.update(function (s) { s.quiz['" + PHASE1 + "'] = { best: 5, of: 7, t: 2 }; });");

        open("index.html");
        Path file = files.resolve("other-device.json");
        Files.writeString(file, incoming);
        find("input[data-import]").sendKeys(file.toString());
        waitUntil(() -> text("[data-progress-message]").startsWith("Merged:"));

        assertEquals("https://github.com/me/one", repo(PHASE1), "this browser's entry is kept");
        assertEquals("https://github.com/me/two", repo("phases/02-async-rust-and-networking"), "a missing one is added");
        assertEquals("Quiz best: 5 of 7", find(".card:nth-child(2) .card-quiz").getText(), "the better score wins");
        open("plan.html");
        assertTrue(find("#pace-thorough").isSelected(), "a plan this browser lacked is added");
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void anotherTabFollowsAlong(Profiles profiles) {
        open("index.html");
        String first = browser.getWindowHandle();
        profiles.newTab();
        open("capstone.html");
        clickLabelOf("pick-capstone-ai-saas");
        open("plan.html");
        clickLabelOf("known-phases-00-setup-and-workflow");
        browser.close();
        browser.switchTo().window(first);
        waitUntil(() -> find("[data-known-note]").isDisplayed());
        assertEquals("Already known", find(".card:first-child .card-known").getText());
        assertEquals("You picked 1. Pick at least 2 for your track (2 or 3). 0 of 1 done.",
                text("[data-track-summary] [data-track-status]"));
        Chromium.assertNoConsoleErrors(browser);
    }

    /**
     * A new learner's first session: a quiz, a known phase, a pace, two capstones, a portfolio entry. With
     * -Dhandbook.screenshots=DIR it is also the walkthrough of issue 10, one screenshot per step.
     */
    private static void learnAFewThings() {
        open("index.html");
        screenshot("walk-01-index-new-learner", null);
        open(PHASE1 + ".quiz.html");
        screenshot("walk-02-quiz-unanswered", find(".quiz"));
        for (WebElement input : findAll(".quiz .option[data-correct] input")) {
            clickLabelOf(input.getAttribute("id"));
        }
        find(".quiz-actions button[type='submit']").click();
        screenshot("walk-03-quiz-checked", find(".quiz"));
        open(PHASE1 + ".html");
        find("#pf-phases-01-core-rust-foundations-demo").sendKeys("https://me.example.com/cli");
        find("#pf-phases-01-core-rust-foundations-note").sendKeys("Three tools, one workspace");
        find("form[data-portfolio='" + PHASE1 + "'] button[type='submit']").click();
        screenshot("walk-04-milestone-portfolio-entry", find("form[data-portfolio='" + PHASE1 + "']"));

        open("capstone.html");
        clickLabelOf("pick-capstone-realtime-collab");
        screenshot("walk-05-capstone-one-pick", find("[data-track]"));
        clickLabelOf("pick-capstone-distributed-p2p");

        open("plan.html");
        clickLabelOf("known-phases-00-setup-and-workflow");
        clickLabelOf("pace-thorough");
        js("var f = document.getElementById('plan-start'); f.value = arguments[0];"
                + " f.dispatchEvent(new Event('change', { bubbles: true }));", START.toString());
        screenshot("walk-06-plan", find("[data-plan]"));
        open("index.html");
        screenshot("walk-07-index-capstone-track", find("[data-track-summary]"));
        open("portfolio.html");
        screenshot("walk-08-portfolio", null);
    }

    private static void assertAllThere() {
        open("index.html");
        assertEquals("Quiz best: 7 of 7", find(".card:nth-child(2) .card-quiz").getText());
        assertEquals("Already known", find(".card:first-child .card-known").getText());
        assertEquals(List.of("Real-time collaboration app (WebRTC + WebSocket) In progress",
                "Distributed system using LibP2P or QUIC In progress"),
                findAll("[data-track-summary] li[data-pick-item]").stream().filter(WebElement::isDisplayed)
                        .map(WebElement::getText).toList());
        open("plan.html");
        assertTrue(find("#known-phases-00-setup-and-workflow").isSelected());
        assertTrue(find("#pace-thorough").isSelected());
        assertEquals(START.toString(), find("#plan-start").getAttribute("value"));
        // Thorough: phase 1 takes 3 weeks from the start (phase 0 is known, so it takes none).
        assertEquals(START.plusDays(21).toString(), findAll("[data-plan-phase]").get(1)
                .findElement(By.cssSelector("[data-cell='target'] time")).getAttribute("datetime"));
        open("portfolio.html");
        assertEquals("DemoThree tools, one workspace",
                text("[data-portfolio-item='" + PHASE1 + "'] [data-portfolio-links]").replace("\n", ""));
        open(PHASE1 + ".html");
        assertEquals("Your best score: 7 of 7.", text("[data-quiz-best]"));
        assertEquals("https://me.example.com/cli", find("#pf-phases-01-core-rust-foundations-demo").getAttribute("value"));
    }

    /** Clicks Export and returns the file's text, caught as the page hands the download to the browser. */
    private static String exportFile() {
        open("index.html");
        js("window.__saved = []; var make = URL.createObjectURL;"
                + " URL.createObjectURL = function (blob) { window.__saved.push(blob); return make.call(URL, blob); };");
        find("[data-action='export']").click();   // transfer.js loads on this first use
        waitUntil(() -> (Boolean) js("return window.__saved.length > 0"));
        return (String) browser.executeAsyncScript("var done = arguments[0];"
                + " window.__saved[window.__saved.length - 1].text().then(done);");
    }

    @SuppressWarnings("unchecked")
    private static String repo(String key) {
        return (String) ((Map<String, Object>) storedExtra().get("portfolio:" + key)).get("repo");
    }
}
