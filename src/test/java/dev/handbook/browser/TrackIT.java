package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** Issue 10, part 4: the learner picks two or three capstone projects; the index shows them with progress. */
class TrackIT extends LearnerBrowserTest {
    @Test
    void picksAreGentlyEnforced() {
        open("capstone.html");
        assertEquals("Nothing picked yet: choose 2 or 3.", text("[data-track-message]"));
        assertEquals(0, visiblePortfolioEntries());

        clickLabelOf("pick-capstone-ai-saas");
        assertEquals("You picked 1. Pick at least 2 for your track (2 or 3).", text("[data-track-message]"));
        assertEquals(1, visiblePortfolioEntries(), "a picked project gets its portfolio entry");
        clickLabelOf("pick-capstone-api-platform");
        assertEquals("You picked 2: your track is set.", text("[data-track-message]"));
        clickLabelOf("pick-capstone-tauri-wasm-app");
        clickLabelOf("pick-capstone-realtime-collab");
        assertEquals("You picked 4, more than the track asks (2 or 3). Consider dropping one.",
                text("[data-track-message]"));
        assertEquals(List.of("capstone-ai-saas", "capstone-api-platform", "capstone-tauri-wasm-app",
                "capstone-realtime-collab"), picks(), "gently: the picks are kept, with a message");
        screenshot("capstone-picks", find("[data-track]"));

        clickLabelOf("pick-capstone-tauri-wasm-app");
        clickLabelOf("pick-capstone-realtime-collab");
        browser.navigate().refresh();
        assertTrue(find("#pick-capstone-ai-saas").isSelected());
        assertFalse(find("#pick-capstone-tauri-wasm-app").isSelected());
        assertEquals("You picked 2: your track is set.", text("[data-track-message]"));
        assertEquals(2, visiblePortfolioEntries());
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void theIndexShowsThePicksWithTheirProgress() {
        open("index.html");
        assertEquals("Nothing picked yet: choose 2 or 3.", text("[data-track-summary] [data-track-status]"));
        open("capstone.html");
        clickLabelOf("pick-capstone-ai-saas");
        clickLabelOf("pick-capstone-distributed-p2p");
        clickLabelOf("check-capstone-ai-saas");   // the project passed its review: ticked in the checklist
        find("#pf-capstone-ai-saas-repo").sendKeys("https://github.com/me/rag-saas");
        find("#pf-capstone-ai-saas-demo").sendKeys("https://rag-saas.example.com/");
        find("form[data-portfolio='capstone-ai-saas'] button[type='submit']").click();

        open("index.html");
        List<String> shown = findAll("[data-track-summary] li[data-pick-item]").stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
        assertEquals(List.of("AI-powered SaaS in Rust Done · 2 portfolio links",
                "Distributed system using LibP2P or QUIC In progress"), shown);
        assertEquals("You picked 2: your track is set. 1 of 2 done.", text("[data-track-summary] [data-track-status]"));
        screenshot("index-capstone-track", find("[data-track-summary]"));
        browser.navigate().refresh();
        assertEquals("You picked 2: your track is set. 1 of 2 done.", text("[data-track-summary] [data-track-status]"));
        Chromium.assertNoConsoleErrors(browser);
    }

    private static long visiblePortfolioEntries() {
        return findAll("[data-pick-portfolio]").stream().filter(WebElement::isDisplayed).count();
    }

    @SuppressWarnings("unchecked")
    private static List<String> picks() {
        return (List<String>) ((Map<String, Object>) storedExtra().get("picks:capstone")).get("ids");
    }
}
