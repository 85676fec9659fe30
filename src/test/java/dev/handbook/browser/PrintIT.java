package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.browser.PrintedPdf.Paper;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.SiteBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The real handbook printed by Chromium to PDF on A4 and US Letter (issue 8), read back with poppler-utils:
 * each phase worksheet fits on two pages, holds every item of its phase and no navigation, and names the
 * handbook and phase on every page; the booklet starts each phase on a new page; any page prints black on
 * white in the dark theme. The PDFs stay in target/print/ to look at (pdftoppm -png -r 50 FILE out).
 */
@ExtendWith({SharedChromium.class, BuiltSites.class})
class PrintIT {
    static final Path OUT = Path.of("target/print");
    /** Texts of the screen's chrome that must never reach paper. */
    static final List<String> CHROME = List.of("Skip to content", "Contents", "Dark theme", "Print worksheet",
            "Back to phase", "All worksheets in one booklet", "With my ticks", "Only what is left", "Edit this page",
            "Capstone Track", "Mastery Criteria", "Your progress", "Export progress");
    static RealSite site;
    static ChromeDriver browser;
    static Handbook handbook;

    @BeforeAll
    static void serve(RealSite real, ChromeDriver shared) {
        PrintedPdf.requireInstalled();
        site = real;
        handbook = real.handbook();
        browser = shared;
    }

    static PrintedPdf print(String path, Paper paper) {
        browser.get(site.url() + path);
        String name = path.replace('/', '_').replaceAll("[?=&]", "-").replace(".html", "") + "-" + paper + ".pdf";
        return PrintedPdf.print(browser, paper, OUT.resolve(name));
    }

    /**
     * Text without spaces and hyphens: pdftotext breaks lines, spaces out code and joins a word hyphenated
     * at a line's end ("rust-" + "toolchain" becomes "rusttoolchain"); the letters stay in order.
     */
    static String squeeze(String text) {
        return text.replaceAll("[\\s\\-]+", "");
    }

    static String head(Page phase) {
        return "Phase " + phase.phase().number() + " · " + phase.title();
    }

    @TestFactory
    Stream<DynamicTest> eachWorksheetFitsOnTwoPagesWithEveryItemAndNoNavigation() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Page phase : handbook.phases()) {
            for (Paper paper : Paper.values()) {
                String path = phase.key() + ".worksheet.html";
                tests.add(DynamicTest.dynamicTest(path + " on " + paper, () -> {
                    PrintedPdf pdf = print(path, paper);
                    // The rows on the page are exactly the phase's checklist and self-review, in order...
                    List<WebElement> rows = browser.findElements(By.cssSelector("tr[data-item]"));
                    assertEquals(phase.checklist().all().map(i -> i.id().value()).toList(),
                            rows.stream().map(r -> r.getAttribute("data-item")).toList());
                    List<String> itemTexts = rows.stream().map(r -> r.findElement(By.cssSelector(".item-text"))
                            .getText()).toList();
                    String text = pdf.text();
                    int pages = pdf.pageCount();
                    System.out.printf("print: %-55s %-6s %d pages%n", path, paper, pages);
                    assertTrue(pages <= 2, path + " takes " + pages + " pages on " + paper);
                    // ...and every one of them is on paper.
                    String squeezed = squeeze(text);
                    for (String item : itemTexts) {
                        assertTrue(squeezed.contains(squeeze(item)), "'" + item + "' missing on paper: " + text);
                    }
                    assertTrue(text.contains(phase.title()), text);
                    assertTrue(text.contains("Repository URL") && text.contains("Reviewed by"), text);
                    for (String chrome : CHROME) {
                        assertFalse(text.contains(chrome), "'" + chrome + "' printed: " + text);
                    }
                    for (Page other : handbook.phases()) {
                        if (other != phase) {
                            assertFalse(text.contains(other.title()), "navigation printed: " + other.title());
                        }
                    }
                    // The running head names the handbook and the phase on every page.
                    List<String> texts = pdf.pages();
                    for (int i = 0; i < texts.size(); i++) {
                        String page = PrintedPdf.normalise(texts.get(i));
                        assertTrue(page.startsWith(handbook.settings().title() + " " + head(phase)), page);
                        assertTrue(page.matches(".* " + (i + 1) + " ?/ ?" + texts.size()), page);
                    }
                    Chromium.assertNoConsoleErrors(browser);
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theBookletStartsEachPhaseOnANewPage() {
        return Stream.of(Paper.values()).map(paper -> DynamicTest.dynamicTest("worksheets.html on " + paper, () -> {
            PrintedPdf pdf = print("worksheets.html", paper);
            List<String> pages = pdf.pages().stream().map(PrintedPdf::normalise).toList();
            System.out.printf("print: %-55s %-6s %d pages%n", "worksheets.html", paper, pages.size());
            assertTrue(pages.get(0).startsWith("WORKSHEETS " + handbook.settings().title()),
                    "the cover has no running head: " + pages.get(0));
            assertTrue(pages.get(1).startsWith(handbook.settings().title() + " Worksheets In this booklet"),
                    pages.get(1));
            // A phase starts where its page begins: the running head names it, then comes its own heading.
            Map<Integer, Integer> starts = new java.util.TreeMap<>();
            for (Page phase : handbook.phases()) {
                String top = handbook.settings().title() + " " + head(phase) + " PHASE " + phase.phase().number()
                        + " · ";
                List<Integer> at = new ArrayList<>();
                for (int i = 0; i < pages.size(); i++) {
                    if (pages.get(i).startsWith(top) && pages.get(i).contains(phase.title())) {
                        at.add(i);
                    }
                }
                assertEquals(1, at.size(), head(phase) + " should start exactly one page: " + at);
                starts.put(at.get(0), phase.phase().number());
            }
            // Pages in order, each phase on at most two, and nothing after the last.
            List<Integer> first = new ArrayList<>(starts.keySet());
            assertEquals(2, first.get(0), "the first phase follows the cover and the contents");
            for (int i = 0; i < first.size(); i++) {
                int end = i + 1 < first.size() ? first.get(i + 1) : pages.size();
                assertTrue(end - first.get(i) <= 2, "phase " + starts.get(first.get(i)) + " takes "
                        + (end - first.get(i)) + " pages on " + paper);
            }
            assertEquals(handbook.phases().stream().map(p -> p.phase().number()).toList(),
                    new ArrayList<>(starts.values()));
            String text = pdf.text();
            for (String chrome : List.of("Skip to content", "Dark theme", "With my ticks", "Edit this page")) {
                assertFalse(text.contains(chrome), "'" + chrome + "' printed");
            }
            Chromium.assertNoConsoleErrors(browser);
        }));
    }

    @Test
    void aPhasePagePrintsBlackOnWhiteInTheDarkThemeWithItsSourcesAddresses() {
        browser.get(site.url() + "index.html");
        browser.executeScript("localStorage.setItem('handbook-theme', 'dark')");
        browser.get(site.url() + "phases/00-setup-and-workflow.html");
        assertEquals("rgb(13, 17, 23)", browser.executeScript(
                "return getComputedStyle(document.body).backgroundColor"), "the screen is dark");
        PrintedPdf pdf = print("phases/00-setup-and-workflow.html", Paper.A4);
        byte[] grey = pdf.greyPixels(1, 30);
        int[] levels = new int[grey.length];
        for (int i = 0; i < grey.length; i++) {
            levels[i] = grey[i] & 0xff;
        }
        java.util.Arrays.sort(levels);
        // A dark page would have a median near 13 (the theme's background); paper's is white.
        assertEquals(255, levels[levels.length / 2], "the paper is white");
        assertTrue(levels[0] < 60, "the text is black: the darkest pixel is " + levels[0]);
        String text = pdf.text();
        // Sources print with their addresses; the site's own chrome does not print at all.
        assertTrue(text.contains("The Cargo book: https://doc.rust-lang.org/cargo/"), text);
        assertTrue(text.contains("Phase 0 · Setup and Workflow"), text);
        for (String chrome : CHROME) {
            assertFalse(text.contains(chrome), "'" + chrome + "' printed");
        }
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void longCodeWrapsAndExternalLinksPrintTheirAddress(@TempDir Path dir) throws Exception {
        String token = "let_" + "a_very_long_identifier_".repeat(14) + "END";
        Map<String, String> files = new java.util.HashMap<>(dev.handbook.TestSupport.minimalHandbook());
        files.put("content/phases/01-first.md", files.get("content/phases/01-first.md").replace("Intro text.", """
                Read [the Rust book](https://doc.rust-lang.org/book/) after [the start](../index.md).

                ```text
                %s
                ```
                """.formatted(token)));
        dev.handbook.TestSupport.write(dir, files);
        new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"), dev.handbook.TestSupport.TEMPLATES,
                dir.resolve("site"), Optional.empty(), false, true));
        try (StaticServer small = new StaticServer(dir.resolve("site"), "/")) {
            browser.get(small.url() + "phases/01-first.html");
            String text = PrintedPdf.print(browser, Paper.A4, OUT.resolve("code-and-links-A4.pdf")).text();
            // Cut off at the right margin, the code would lose its end; wrapped, all of it is on paper.
            assertTrue(squeeze(text).contains(squeeze(token)), text);
            assertTrue(text.contains("the Rust book (https://doc.rust-lang.org/book/)"), text);
            assertFalse(text.contains("index.html"), "a relative address helps no one on paper: " + text);
        }
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void printRulesKeepHeadingsAndItemsWithTheirContent() {
        browser.get(site.url() + "phases/01-core-rust-foundations.worksheet.html");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            String styles = (String) browser.executeScript("""
                    const s = (q, p) => getComputedStyle(document.querySelector(q))[p];
                    return [s('h1', 'breakAfter'), s('.sheet-outcomes h2', 'breakAfter'), s('tr[data-item]', 'breakInside'),
                      s('.sheet-head', 'breakInside'), s('.site-nav', 'display'), s('.sheet-tools', 'display'),
                      s('.skip-link', 'display'), s('.item-detail code', 'whiteSpace')].join(' ')""");
            assertEquals("avoid avoid avoid avoid none none none pre-wrap", styles);
            browser.get(site.url() + "worksheets.html");
            String booklet = (String) browser.executeScript("""
                    return Array.from(document.querySelectorAll('.booklet .sheet'))
                      .map(s => getComputedStyle(s).breakBefore + '/' + getComputedStyle(s).page).join(' ')""");
            assertEquals(handbook.phases().stream().map(p -> "page/phase-" + p.phase().number())
                    .collect(Collectors.joining(" ")), booklet);
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        Chromium.assertNoConsoleErrors(browser);
    }
}
