package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The copy button on code blocks (issue 19), in Chromium: reached by Tab and pressed with Enter or Space, or
 * clicked; it puts the block's text on the clipboard (a console session's commands only), says "Copied" on
 * the button and in a live region, and selects the text when the clipboard is refused. Without JavaScript
 * there is no button at all.
 */
@ExtendWith(SharedChromium.class)
class CopyButtonIT {
    private static final String SESSION = """
            ---
            title: Session
            ---
            Run these:

            ```console
            $ cargo build \\
            >   --release
               Compiling demo v0.1.0
            user@host:~/demo$ cargo test -- --nocapture
            test result: ok. 1 passed
            ```

            ```rust
            fn main() { println!("<hi> & \\"bye\\""); }
            ```

                indented code
            """;
    /** A checklist whose item detail holds the page's only code block. */
    private static final String DETAILS = """
            items:
              - id: run-the-tests
                text: Run the tests
                detail: |
                  From the workspace root:

                  ```console
                  $ cargo test --workspace
                  ```
            """;
    static Path site;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void serve(@TempDir Path dir) throws Exception {
        site = CodeSite.build(dir, Map.of("content/session.md", SESSION, "content/details.md",
                "---\ntitle: Details\n---\nNo code in the text itself.\n", "content/details.yml", DETAILS));
        server = new StaticServer(site, "/");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void open(ChromeDriver shared, Profiles profiles) {
        browser = shared;
        profiles.grant(server.url().replaceAll("/$", ""), List.of("clipboardReadWrite", "clipboardSanitizedWrite"));
        browser.get(server.url() + "session.html");
        writeClipboard("before");
    }

    @Test
    void everyCodeBlockGetsOneButton() {
        browser.get(server.url() + CodeSite.PAGE);
        int blocks = browser.findElements(By.cssSelector("main pre")).size();
        assertEquals(30, blocks, "27 languages, an unknown one, plain text and a block without a language");
        assertEquals(blocks, browser.findElements(By.cssSelector(".code-block > button.copy-button + pre")).size());
        // Only the blocks that scroll sideways take the focus (to scroll by keyboard), and there are some.
        assertEquals(browser.executeScript("return Array.prototype.filter.call(document.querySelectorAll('main pre'),"
                + " function (p) { return p.scrollWidth > p.clientWidth; }).length"),
                (long) browser.findElements(By.cssSelector("main pre[tabindex='0']")).size());
        assertTrue(browser.findElements(By.cssSelector("main pre[tabindex='0']")).size() > 0);
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void codeInAnItemDetailLoadsTheCodeFilesAndGetsAButton() {
        browser.get(server.url() + "details.html");
        assertEquals(1, browser.findElements(By.cssSelector("link[href$='assets/code.css']")).size());
        assertEquals(1, browser.findElements(By.cssSelector(".detail .hl-cmd")).size());
        buttons().get(0).click();
        waitFor(() -> "cargo test --workspace".equals(readClipboard()));
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void pagesWithoutCodeLoadNeitherFile() {
        browser.get(server.url() + "index.html");
        assertEquals(0, browser.findElements(By.cssSelector("link[href$='code.css'], script[src$='code.js']")).size());
    }

    @Test
    void tabThenEnterCopiesTheCommandsOfAConsoleSession() {
        WebElement button = tabTo(buttons().get(0));
        assertEquals("Copy", button.getText());
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitFor(() -> "Copied".equals(status()));
        assertEquals("cargo build \\\n  --release\ncargo test -- --nocapture", readClipboard());
        assertEquals("Copied", button.getText());
        waitFor(() -> "Copy".equals(button.getText())); // and back, for the next copy
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void spaceAndClickCopyOtherBlocksAsWritten() {
        tabTo(buttons().get(1));
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        waitFor(() -> "Copied".equals(status()));
        assertEquals("fn main() { println!(\"<hi> & \\\"bye\\\"\"); }", readClipboard());
        buttons().get(2).click();
        waitFor(() -> "indented code".equals(readClipboard()));
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void theLiveRegionAnnouncesEachCopy() {
        WebElement region = browser.findElement(By.cssSelector("p[role='status'][data-copy-status]"));
        assertEquals("", region.getText());
        recordStatus();
        buttons().get(1).click();
        waitFor(() -> "Copied".equals(status()));
        buttons().get(1).click();
        // Emptied and filled again, so a screen reader hears the second copy too.
        waitFor(() -> List.of("Copied", "", "Copied").equals(statusLog()));
    }

    /** Keeps every text the live region shows from now on (an emptied region is seen only for 50 ms). */
    private static void recordStatus() {
        browser.executeScript("var s = document.querySelector('[data-copy-status]'); window.statusLog = [];"
                + " new MutationObserver(function () { window.statusLog.push(s.textContent); })"
                + ".observe(s, {childList: true, characterData: true, subtree: true});");
    }

    private static List<?> statusLog() {
        return (List<?>) browser.executeScript("return window.statusLog");
    }

    /**
     * Headless Chromium grants clipboard writes from a click whatever the permission says, so the refusal is
     * made as browsers make it: writeText rejects with NotAllowedError (or, in an insecure context, the API
     * is missing altogether).
     */
    @Test
    void aRefusedClipboardSelectsTheTextInstead() {
        browser.executeScript("navigator.clipboard.writeText = function () {"
                + " return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')); }");
        buttons().get(1).click();
        waitFor(() -> "Selected: press Ctrl+C to copy".equals(status()));
        assertEquals("fn main() { println!(\"<hi> & \\\"bye\\\"\"); }", selection());
        assertEquals("Copy", buttons().get(1).getText());
        assertEquals("before", readClipboard());
        browser.executeScript("Object.defineProperty(navigator, 'clipboard', {value: undefined})");
        recordStatus();
        buttons().get(2).click();
        waitFor(() -> List.of("", "Selected: press Ctrl+C to copy").equals(statusLog()));
        assertEquals("indented code", selection());
        Chromium.assertNoConsoleErrors(browser);
    }

    private static String selection() {
        return String.valueOf(browser.executeScript("return getSelection().toString()")).strip();
    }

    @Test
    void fromDiskTheButtonCopiesOrSelects() {
        browser.get(site.resolve("session.html").toUri().toString());
        buttons().get(1).click();
        waitFor(() -> !status().isEmpty());
        String expected = "fn main() { println!(\"<hi> & \\\"bye\\\"\"); }";
        boolean copied = "Copied".equals(status());
        String selection = selection();
        assertTrue(copied || expected.equals(selection), status() + " / " + selection);
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void withoutJavaScriptNoButtonIsShown(@TempDir Path profile) {
        ChromeDriver off = Chromium.start(options -> options.setExperimentalOption("prefs",
                Map.of("profile.managed_default_content_settings.javascript", 2)));
        try {
            off.get(server.url() + "session.html");
            assertEquals(3, off.findElements(By.cssSelector("main pre")).size());
            assertTrue(off.findElements(By.tagName("button")).stream().noneMatch(b -> b.getText().contains("Copy")));
            assertFalse(off.getPageSource().contains("copy-button"));
        } finally {
            off.quit();
        }
    }

    private static List<WebElement> buttons() {
        return browser.findElements(By.cssSelector("button.copy-button"));
    }

    /** Presses Tab from the top of the page until {@code target} has the focus (it must, within 40 presses). */
    private static WebElement tabTo(WebElement target) {
        browser.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
        for (int i = 0; i < 40; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            if (target.equals(browser.switchTo().activeElement())) {
                return target;
            }
        }
        throw new AssertionError("Tab never reached " + target.getAttribute("outerHTML"));
    }

    private static String status() {
        return String.valueOf(browser.executeScript(
                "var s = document.querySelector(\"[data-copy-status]\"); return s ? s.textContent : ''"));
    }

    private static void writeClipboard(String text) {
        browser.executeAsyncScript("var done = arguments[1]; navigator.clipboard.writeText(arguments[0])"
                + ".then(function () { done(true); }, function (e) { done(String(e)); })", text);
    }

    private static String readClipboard() {
        return String.valueOf(browser.executeAsyncScript("var done = arguments[0]; navigator.clipboard.readText()"
                + ".then(done, function (e) { done('unreadable: ' + e); })"));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> condition.getAsBoolean());
    }
}
