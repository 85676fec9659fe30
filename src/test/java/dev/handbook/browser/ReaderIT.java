package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The reader's side of issue 9 in real Chromium: dark mode without a flash and remembered, following the
 * system; a layout that works from 320 to 1920 px with the navigation folded on phones and touch targets
 * of at least 24 px; search hidden without JavaScript; and no request to any other origin.
 */
@ExtendWith({SharedChromium.class, BuiltSites.class})
class ReaderIT {
    static final String DARK_BG = "rgb(13, 17, 23)";
    static final String LIGHT_BG = "rgb(255, 255, 255)";
    static final List<String> SAMPLE = List.of("index.html", "phases/02-async-rust-and-networking.html",
            "capstone.html", "404.html");

    static RealSite site;
    static ChromeDriver browser;

    /** Each test starts as a new reader (a fresh profile): no stored theme, light system, a laptop-sized window. */
    @BeforeAll
    static void serve(RealSite real, ChromeDriver shared) {
        site = real;
        browser = shared;
    }

    private String bodyBackground() {
        return (String) browser.executeScript("return getComputedStyle(document.body).backgroundColor");
    }

    private void systemScheme(String scheme) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private void viewport(int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 800));
    }

    @Test
    void theToggleIsRememberedAcrossPagesAndReloads() {
        browser.get(site.url() + "phases/00-setup-and-workflow.html");
        WebElement toggle = browser.findElement(By.cssSelector("[data-theme-toggle]"));
        assertEquals("false", toggle.getAttribute("aria-pressed"));
        assertEquals(LIGHT_BG, bodyBackground());
        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-pressed"));
        assertEquals(DARK_BG, bodyBackground());
        browser.get(site.url() + "capstone.html");
        assertEquals(DARK_BG, bodyBackground());
        browser.navigate().refresh();
        assertEquals(DARK_BG, bodyBackground());
        assertEquals("true", browser.findElement(By.cssSelector("[data-theme-toggle]")).getAttribute("aria-pressed"));
        browser.findElement(By.cssSelector("[data-theme-toggle]")).click();
        browser.navigate().refresh();
        assertEquals(LIGHT_BG, bodyBackground());
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void followsTheSystemUntilTheReaderChooses() {
        systemScheme("dark");
        browser.get(site.url() + "index.html");
        assertEquals(DARK_BG, bodyBackground());
        WebElement toggle = browser.findElement(By.cssSelector("[data-theme-toggle]"));
        assertEquals("true", toggle.getAttribute("aria-pressed"));
        // The system's dark palette and the toggle's are one palette (the stylesheet states it twice).
        String vars = "var s = getComputedStyle(document.documentElement); return ['--bg', '--fg', '--muted',"
                + " '--line', '--soft', '--accent', '--link', '--done', '--focus', '--warning']"
                + ".map(function (v) { return v + ':' + s.getPropertyValue(v).trim(); }).join(' ')";
        Object system = browser.executeScript(vars);
        browser.executeScript("document.documentElement.setAttribute('data-theme', 'dark')");
        systemScheme("light");
        assertEquals(system, browser.executeScript(vars));
        browser.executeScript("document.documentElement.removeAttribute('data-theme')");
        systemScheme("dark");
        toggle.click();
        assertEquals(LIGHT_BG, bodyBackground(), "the reader's choice wins over the system");
        browser.navigate().refresh();
        assertEquals(LIGHT_BG, bodyBackground());
        Chromium.assertNoConsoleErrors(browser);
    }

    /** Records the page's background in every frame from the very first, before any script of ours runs. */
    @Test
    void aRememberedDarkThemeNeverFlashesLight() {
        browser.get(site.url() + "index.html");
        browser.executeScript("localStorage.setItem('handbook-theme', 'dark')");
        Map<String, List<Object>> pages = firstFrames("var el = document.body || document.documentElement;"
                + " return getComputedStyle(el).backgroundColor + ' ' + (document.body ? 'body' : 'html')"
                + " + ' ' + getComputedStyle(document.documentElement).getPropertyValue('--bg').trim();");
        pages.forEach((page, frames) -> {
            for (Object frame : frames) {
                assertTrue(frame.toString().endsWith("#0d1117"), page + ": every frame is dark: " + frames);
                assertFalse(frame.toString().startsWith(LIGHT_BG), page + ": " + frames);
            }
        });
        // 404.html is requested as itself, and answered with status 404.
        assertEquals(List.of(), Chromium.severeConsoleMessages(browser).stream()
                .filter(m -> !m.contains("404.html ")).toList());
    }

    /** On a phone the navigation is folded from the first frame: no jump as the page settles (layout shift). */
    @Test
    void onAPhoneTheNavigationIsFoldedFromTheFirstFrame() {
        viewport(360, 740);
        // Frames before the parser reaches the navigation (a cold cache makes some) cannot show it open.
        firstFrames("var nav = document.querySelector('.nav-toggle');"
                + " return nav ? (nav.open ? 'open' : 'folded') : 'not yet parsed';").forEach((page, frames) ->
                assertEquals(List.of("folded"), frames.stream().filter(f -> !f.equals("not yet parsed")).distinct()
                        .toList(), page + ": " + frames));
    }

    /** Nothing moves while a page loads and its scripts fill in progress, theme and search (layout shift). */
    @Test
    @SuppressWarnings("unchecked")
    void nothingShiftsWhileAPageLoads() {
        Map<String, Object> added = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.shifts_ = []; new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) {"
                        + " window.shifts_.push(e.value.toFixed(4) + ' ' + e.sources.map(function (s) {"
                        + " return s.node && s.node.nodeType === 1 ? s.node.tagName + '.' + s.node.className : '?';"
                        + " }).join(', ')); }); }).observe({type: 'layout-shift', buffered: true});"));
        List<String> shifts = new ArrayList<>();
        try {
            for (int width : new int[] {360, 412, 1280}) {
                viewport(width, 850);
                for (String page : SAMPLE) {
                    browser.get(site.url() + page);
                    browser.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 300)");
                    ((List<Object>) browser.executeScript("return window.shifts_"))
                            .forEach(s -> shifts.add(width + "px " + page + ": " + s));
                }
            }
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier",
                    added.get("identifier")));
        }
        assertEquals("", String.join("\n", shifts));
    }

    @Test
    void fitsEveryWidthFrom320To1920() {
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {320, 375, 768, 1024, 1280, 1920}) {
            viewport(width, 800);
            for (String page : SAMPLE) {
                browser.get(site.url() + page);
                long scroll = (Long) browser.executeScript("return document.documentElement.scrollWidth");
                if (scroll > width) {
                    problems.add(width + "px " + page + ": scrolls sideways (" + scroll + "px wide)");
                }
                boolean open = (Boolean) browser.executeScript("return document.querySelector('.nav-toggle').open");
                if (open != (width > 768)) {
                    problems.add(width + "px " + page + ": navigation " + (open ? "open" : "folded"));
                }
                problems.addAll(smallTargets(width + "px " + page));
            }
        }
        assertEquals("", String.join("\n", problems));
    }

    /**
     * For each sample page, what {@code sample} (a function body returning a value) reads in each of the
     * first six animation frames, starting before any of the page's own scripts run.
     */
    @SuppressWarnings("unchecked")
    private Map<String, List<Object>> firstFrames(String sample) {
        Map<String, Object> added = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.frames_ = []; (function frame() { requestAnimationFrame(function () {"
                        + " window.frames_.push((function () { " + sample + " })());"
                        + " if (window.frames_.length < 6) { frame(); } }); })();"));
        Map<String, List<Object>> out = new java.util.LinkedHashMap<>();
        try {
            for (String page : SAMPLE) {
                browser.get(site.url() + page);
                Chromium.waiting(browser, Duration.ofSeconds(5)).until(d ->
                        ((List<Object>) ((ChromeDriver) d).executeScript("return window.frames_")).size() >= 6);
                out.put(page, (List<Object>) browser.executeScript("return window.frames_"));
            }
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier",
                    added.get("identifier")));
        }
        return out;
    }

    /**
     * Controls smaller than 24×24 CSS px (WCAG 2.2 target size, without its spacing exception). Links inside
     * running text are exempt, as WCAG exempts them: their size is the sentence's.
     */
    @SuppressWarnings("unchecked")
    private List<String> smallTargets(String where) {
        List<Object> small = (List<Object>) browser.executeScript("""
                var out = [];
                document.querySelectorAll('a[href], button, input, select, textarea, summary').forEach(function (el) {
                  if (el.closest('.body, .detail, .outcomes, .mastery, .note, .lead, .footnotes, td, .skip-link')
                      && el.tagName === 'A') { return; }
                  var r = el.getBoundingClientRect();
                  if (!el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') { return; }
                  var box = el.type === 'file' ? el.parentNode.getBoundingClientRect() : r;
                  if (box.width < 24 || box.height < 24) {
                    out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' +
                      (el.textContent || el.value || '').trim().slice(0, 30) + '" ' +
                      Math.round(box.width) + 'x' + Math.round(box.height));
                  }
                });
                return out;""");
        return small.stream().map(s -> where + ": target " + s).toList();
    }

    @Test
    void withoutJavaScriptSearchIsHiddenAndEverythingElseWorks() {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        viewport(320, 700);
        browser.get(site.url() + "phases/00-setup-and-workflow.html");
        assertEquals("no-js", browser.findElement(By.tagName("html")).getAttribute("class"));
        assertFalse(browser.findElement(By.id("search")).isDisplayed(), "search needs JavaScript");
        assertFalse(browser.findElement(By.cssSelector("[data-theme-toggle]")).isDisplayed());
        assertTrue(browser.findElement(By.cssSelector(".nav-phases")).isDisplayed(), "navigation open");
        WebElement box = browser.findElement(By.id("check-rust-toolchain"));
        browser.findElement(By.cssSelector("label[for='check-rust-toolchain']")).click();
        assertTrue(box.isSelected());
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRequestStaysOnTheSiteOrigin() {
        String origin = URI.create(site.url()).resolve("/").toString();
        List<String> foreign = new ArrayList<>();
        int seen = 0;
        for (String page : site.pages()) {
            browser.get(site.url() + page);
            // Open search too: its script and index load on first use.
            browser.findElement(By.id("search-input")).sendKeys("rust");
            Chromium.waiting(browser, Duration.ofSeconds(5)).until(d ->
                    !d.findElements(By.cssSelector("#search-results [role='option']")).isEmpty());
            List<Object> urls = (List<Object>) browser.executeScript("return performance.getEntriesByType('navigation')"
                    + ".concat(performance.getEntriesByType('resource')).map(function (e) { return e.name; })");
            seen += urls.size();
            urls.stream().map(Object::toString).filter(u -> !u.startsWith(origin))
                    .forEach(u -> foreign.add(page + ": " + u));
        }
        assertEquals(List.of(), foreign);
        assertTrue(seen >= site.pages().size() * 6, "page, CSS, 2 scripts, icon, search: " + seen);
    }
}
