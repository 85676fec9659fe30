package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The stored-progress part of the bad-inputs battery (src/test/resources/bad-inputs-progress/, see its
 * README): whatever value a learner's browser holds under our key, the page works, nothing is lost.
 */
@ExtendWith({SharedChromium.class, BuiltSites.class})
class ProgressValuesIT {
    static final Path CASES = Path.of("src/test/resources/bad-inputs-progress");
    static ProgressSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void serve(ProgressSite shared, ChromeDriver chromium) {
        site = shared;
        browser = chromium;
    }

    static List<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void theBatteryIsNotEmpty() throws IOException {
        assertTrue(cases().size() >= 15, "only " + cases().size() + " cases");
    }

    @TestFactory
    Stream<DynamicTest> everyStoredValue() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> run(c)));
    }

    private void run(Path file) throws IOException {
        Map<String, String> spec = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int colon = line.indexOf(": ");
            spec.put(colon < 0 ? line.replace(":", "") : line.substring(0, colon), colon < 0 ? "" : line.substring(colon + 2));
        }
        String value = spec.containsKey("value") ? spec.get("value") : hugeValue();
        String outcome = spec.get("outcome");
        List<String> ticked = Arrays.stream(spec.getOrDefault("ticked", "").split(" ")).filter(s -> !s.isEmpty())
                .toList();

        browser.get(site.url("index.html"));
        browser.executeScript("localStorage.clear(); localStorage.setItem(arguments[0], arguments[1]);",
                ProgressSite.KEY, value);
        Chromium.severeConsoleMessages(browser);
        browser.get(site.url(ProgressSite.PHASE_1));

        for (String id : List.of("a-one", "a-two", "a-three")) {
            assertEquals(ticked.contains(id), browser.findElement(By.id("check-" + id)).isSelected(), id);
        }
        // The page still works: a box ticks and says so in the bar.
        WebElement label = browser.findElement(By.cssSelector("label[for='check-a-three']"));
        boolean before = browser.findElement(By.id("check-a-three")).isSelected();
        label.click();
        assertNotEquals(before, browser.findElement(By.id("check-a-three")).isSelected());

        String stored = (String) browser.executeScript("return localStorage.getItem(arguments[0]);", ProgressSite.KEY);
        String backup = (String) browser.executeScript("return localStorage.getItem(arguments[0] + ':backup');",
                ProgressSite.KEY);
        List<String> notices = browser.findElements(By.cssSelector(".storage-note")).stream()
                .map(WebElement::getText).toList();
        switch (outcome) {
            case "backup" -> {
                assertEquals(value, backup, "the unreadable value is kept as it was");
                assertEquals(1, notices.size(), "one notice: " + notices);
                assertTrue(stored.contains("\"a-three\""), "a fresh start is saved: " + stored);
            }
            case "untouched" -> {
                assertEquals(value, stored, "a newer version's value is never rewritten");
                assertEquals(1, notices.size(), "one notice: " + notices);
            }
            case "read" -> {
                assertEquals(null, backup);
                assertEquals(List.of(), notices);
                for (String id : List.of("gone-item", "<img src=x onerror=alert(1)>")) {
                    if (value.contains("\"" + id + "\"")) {
                        assertTrue(stored.contains(id.replace("<", "\\u003c").substring(0, 3))
                                || stored.contains(id), "unknown id " + id + " kept: " + stored);
                    }
                }
            }
            default -> throw new AssertionError("unknown outcome " + outcome + " in " + file);
        }
        Chromium.assertNoConsoleErrors(browser);
    }

    /** About 1 MB of ticks for items the handbook no longer has: kept, and the page is still quick. */
    private static String hugeValue() {
        StringBuilder json = new StringBuilder("{\"format\":1,\"items\":{");
        for (int i = 0; i < 20_000; i++) {
            json.append(i == 0 ? "" : ",").append("\"old-item-").append(i).append("\":{\"t\":1700000000000,\"h\":\"abc\"}");
        }
        return json.append("}}").toString();
    }
}
