package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.SiteBuilder;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.Color;

/**
 * GitHub's five alerts as a learner sees them, on screen and in print: each has its own coloured rule, a
 * title with its name, and a visible icon in the title's colour.
 */
@ExtendWith(SharedChromium.class)
class AlertsIT {
    private static final List<String> TYPES = List.of("note", "tip", "important", "warning", "caution");
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void serve(@TempDir Path dir, ChromeDriver shared) throws Exception {
        Map<String, String> files = new HashMap<>(TestSupport.minimalHandbook());
        StringBuilder page = new StringBuilder("---\ntitle: Alerts\n---\n");
        for (String type : TYPES) {
            page.append("> [!").append(type.toUpperCase()).append("]\n> Text of the ").append(type)
                    .append(" alert.\n\n");
        }
        page.append("> A plain quote.\n");
        files.put("content/alerts.md", page.toString());
        TestSupport.write(dir, files);
        BuildResult result = new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"),
                TestSupport.TEMPLATES, dir.resolve("site"), Optional.empty(), false, true));
        assertEquals(List.of(), result.warnings().stream().map(Object::toString).toList());
        server = new StaticServer(dir.resolve("site"), "/");
        browser = shared;
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void eachAlertHasItsColourTitleAndIcon() {
        browser.get(server.url() + "alerts.html");
        checkAlerts();
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void alertsKeepTheirLookInPrint() {
        browser.get(server.url() + "alerts.html");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            checkAlerts();
            WebElement note = browser.findElement(By.cssSelector(".markdown-alert-note"));
            assertEquals("exact", note.getCssValue("print-color-adjust"));
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        Chromium.assertNoConsoleErrors(browser);
    }

    /** A colour property in one notation (browsers report rgb() or rgba() depending on the property). */
    private static String colour(WebElement element, String property) {
        return Color.fromString(element.getCssValue(property)).asRgba();
    }

    private static void checkAlerts() {
        Set<String> colours = new HashSet<>();
        for (String type : TYPES) {
            WebElement alert = browser.findElement(By.cssSelector(".markdown-alert-" + type));
            String rule = colour(alert, "border-left-color");
            assertEquals("4px", alert.getCssValue("border-left-width"), type);
            WebElement title = alert.findElement(By.className("markdown-alert-title"));
            assertEquals(Character.toUpperCase(type.charAt(0)) + type.substring(1), title.getText());
            assertEquals(rule, colour(title, "color"), type + ": the title is in the rule's colour");
            WebElement icon = title.findElement(By.cssSelector("svg.octicon"));
            assertTrue(icon.getSize().getWidth() == 16 && icon.getSize().getHeight() == 16, type + " icon size");
            assertEquals(rule, colour(icon, "fill"), type + ": the icon is drawn in the title's colour");
            assertEquals("true", icon.getAttribute("aria-hidden"), "the icon is decoration; the title names the type");
            assertEquals("Text of the " + type + " alert.", alert.findElement(By.cssSelector("p:not([class])"))
                    .getText());
            colours.add(rule);
        }
        assertEquals(TYPES.size(), colours.size(), "five different colours: " + colours);
        String quoteRule = colour(browser.findElement(By.cssSelector(".body blockquote")), "border-left-color");
        assertTrue(!colours.contains(quoteRule), "a plain quote does not look like an alert");
        assertNotEquals(0, browser.findElements(By.tagName("blockquote")).size());
    }
}
