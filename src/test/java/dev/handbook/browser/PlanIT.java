package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Issue 10, part 3: the learner's starting point (known phases) and pace give a plan with target dates. */
class PlanIT extends LearnerBrowserTest {
    static final String PHASE0 = "phases/00-setup-and-workflow";

    @Test
    void knownPhasesAreCountedApartAndKeepTheirTicks() {
        open(PHASE0 + ".html");
        clickLabelOf("check-rust-toolchain");
        open("index.html");
        int all = ids(null).size();
        int phase0 = ids(PHASE0).size();
        assertEquals("Overall progress: 1 of " + all + " done", text("[data-progress='all'] .progress-text"));

        // Phases are marked as known on the plan page (issue 9 moved the plan off the index), counted apart here.
        find(".plan-link a").click();
        clickLabelOf("known-phases-00-setup-and-workflow");
        assertTrue(storedExtra().containsKey("known:" + PHASE0));
        open("index.html");
        assertEquals("Overall progress: 0 of " + (all - phase0) + " done", text("[data-progress='all'] .progress-text"));
        assertEquals("Counted apart: 1 phase you already know (Phase 0: Setup and Workflow), 1 of " + phase0
                + " items ticked.", text("[data-known-note]"));
        assertEquals("Already known", find(".card:first-child .card-known").getText());
        screenshot("index-known-phase", find(".page-header"));

        browser.navigate().refresh();
        assertEquals("Overall progress: 0 of " + (all - phase0) + " done", text("[data-progress='all'] .progress-text"));
        assertTrue(stored().get("items").toString().contains("rust-toolchain"), "the tick is kept");

        open("plan.html");
        assertTrue(find("#known-phases-00-setup-and-workflow").isSelected());
        clickLabelOf("known-phases-00-setup-and-workflow");
        open("index.html");
        assertEquals("Overall progress: 1 of " + all + " done", text("[data-progress='all'] .progress-text"));
        assertFalse(find("[data-known-note]").isDisplayed());
        assertTrue(findAll(".card-known").isEmpty());
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void aPlanGivesTargetDatesAndSaysWhetherTicksAreAheadOrBehind() {
        LocalDate start = LocalDate.now().minusDays(14);
        open("plan.html");
        assertFalse(find("[data-plan-table]").isDisplayed(), "no plan until the learner asks for one");
        assertEquals("Choose a start date to see your plan.", text("[data-plan-summary]"));
        clickLabelOf("pace-fast");
        setDate(start);

        // Fast pace: the short end of each range, one phase after the other.
        assertEquals(List.of("1", start.plusDays(7).toString(), "Behind"), row(0));
        assertEquals(List.of("2", start.plusDays(21).toString(), "Behind"), row(1));
        assertEquals(List.of("2", start.plusDays(35).toString(), "Upcoming"), row(2));
        assertEquals(List.of("3", start.plusDays(56).toString(), "Upcoming"), row(3));
        List<WebElement> rows = findAll("[data-plan-phase]");
        WebElement last = rows.get(rows.size() - 1);
        assertEquals("ongoing", last.findElement(By.cssSelector("[data-cell='weeks']")).getText());
        assertTrue(last.findElement(By.cssSelector("[data-cell='target']")).getText().startsWith("from "));
        // Due: all of phase 0 (1 week) and half of phase 1 (1 of 2 weeks); done: nothing.
        assertTrue(text("[data-plan-summary]").startsWith("You are about 2 weeks behind your plan. Planned finish: "),
                text("[data-plan-summary]"));

        tick(PHASE0);
        tick("phases/01-core-rust-foundations");
        assertEquals("Done", row(0).get(2));
        assertEquals("Done", row(1).get(2));
        assertTrue(text("[data-plan-summary]").startsWith("You are about 1 week ahead of your plan."),
                text("[data-plan-summary]"));
        screenshot("plan", find("[data-plan]"));

        browser.navigate().refresh();
        assertTrue(find("#pace-fast").isSelected());
        assertEquals(start.toString(), find("#plan-start").getAttribute("value"));
        assertEquals(List.of("1", start.plusDays(7).toString(), "Done"), row(0));
        assertEquals(Map.of("pace", "fast", "start", start.toString()), plan());
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void hoursPerWeekScaleTheTypicalWeeksAndKnownPhasesTakeNoTime() {
        LocalDate start = LocalDate.now();
        open("plan.html");
        find("#pace-hours-per-week").sendKeys("20", Keys.TAB);
        setDate(start);
        assertTrue(find("#pace-hours").isSelected(), "typing hours chooses that pace");
        // Planned for about 10 hours a week: at 20 hours, phase 0 (1 week) takes half a week, phase 1 (2-3) 1.25.
        assertEquals(List.of("0.5", start.plusDays(4).toString(), "On track"), row(0));
        assertEquals(List.of("1.3", start.plusDays(4 + 9).toString(), "Upcoming"), row(1));
        assertTrue(text("[data-plan-summary]").startsWith("You are on track."), text("[data-plan-summary]"));

        clickLabelOf("known-phases-00-setup-and-workflow");
        assertEquals(List.of("–", "", "Already known"), row(0));
        assertEquals(List.of("1.3", start.plusDays(9).toString(), "On track"), row(1));
        assertEquals(Map.of("pace", "hours", "hours", 20L, "start", start.toString()), plan());

        find("[data-plan-clear]").click();
        assertFalse(find("[data-plan-table]").isDisplayed());
        assertFalse(storedExtra().containsKey("plan"));
        assertTrue(storedExtra().containsKey("known:" + PHASE0), "clearing the pace keeps the known phases");
        Chromium.assertNoConsoleErrors(browser);
    }

    /** A phase's item ids, or every phase's for null (from the built handbook). */
    private static List<String> ids(String phaseKey) {
        return site.handbook().phases().stream().filter(p -> phaseKey == null || p.key().equals(phaseKey))
                .flatMap(p -> p.checklist().all()).map(i -> i.id().value()).toList();
    }

    /** Ticks every item of a phase through the store's own API (ticking by hand is SmokeIT's job). */
    private static void tick(String phaseKey) {
        js("var ids = arguments[0]; window.handbookProgress.update(function (s) {"
                + " ids.forEach(function (id) { s.items[id] = { t: Date.now() }; }); });", ids(phaseKey));
    }

    /** Sets the date field as a date picker does (typing into it depends on the browser's locale). */
    private static void setDate(LocalDate date) {
        js("var f = document.getElementById('plan-start'); f.value = arguments[0];"
                + " f.dispatchEvent(new Event('change', { bubbles: true }));", date.toString());
    }

    /** A plan row as [weeks, target date (ISO, from <time datetime>), status]. */
    private static List<String> row(int index) {
        WebElement row = findAll("[data-plan-phase]").get(index);
        List<WebElement> time = row.findElements(By.cssSelector("[data-cell='target'] time"));
        return List.of(row.findElement(By.cssSelector("[data-cell='weeks']")).getText(),
                time.isEmpty() ? "" : time.get(0).getAttribute("datetime"),
                row.findElement(By.cssSelector("[data-cell='status']")).getText());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plan() {
        Map<String, Object> plan = new java.util.HashMap<>((Map<String, Object>) storedExtra().get("plan"));
        assertTrue(plan.remove("t") instanceof Long, "stamped with the time it was saved");
        plan.values().removeIf(v -> v == null || "".equals(v));
        return plan;
    }
}
