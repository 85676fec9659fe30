package dev.handbook.browser;

import dev.handbook.TestSupport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium for the browser tests (*IT), from Debian's chromium and chromium-driver.
 * Selenium is given the driver's path so it never tries to download a browser. Without Chromium the tests
 * skip with a message locally; in CI (HANDBOOK_REQUIRE_CHROMIUM=1, or CI=true) they fail instead. Most tests
 * share one browser ({@link SharedChromium}); {@link #start} is for a test that needs other browser settings.
 */
public final class Chromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** A laptop screen: the window size every test gets unless it asks for another. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 900;

    private Chromium() {}

    /** Skips (locally) or fails (in CI) when Chromium or its driver is missing. */
    public static void requireInstalled() {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!installed && TestSupport.toolsMandatory()) {
            Assertions.fail("Chromium is required here but " + BROWSER + " or " + DRIVER + " is missing: "
                    + "apt-get install -y chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "skipping browser test: Chromium not installed "
                + "(apt-get install -y chromium chromium-driver); CI makes these tests mandatory");
    }

    /** A fresh browser with an empty profile (its own localStorage), sized like a laptop screen. */
    public static ChromeDriver start() {
        return start(options -> { });
    }

    /** A fresh browser whose options a test adjusts first (content settings such as JavaScript off). */
    public static ChromeDriver start(Consumer<ChromeOptions> adjust) {
        requireInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("handbook-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // A profile is tens of megabytes. Removed when the JVM ends (the browser may still hold files until quit,
        // so not earlier).
        Path created = profile;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> TestSupport.deleteQuietly(created)));
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // Without the network flags Chromium stalls trying to reach the internet from this closed machine.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        adjust.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        return defaultTimeouts(new ChromeDriver(service, options));
    }

    /** The timeouts every test starts with (a test may lengthen them for itself). */
    static ChromeDriver defaultTimeouts(ChromeDriver driver) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        return driver;
    }

    /**
     * A wait that checks its condition every 25 ms. WebDriverWait's own default, 500 ms, added up to half a
     * second to every wait whose condition was not met at once (a reload, a script loaded on first use).
     */
    static WebDriverWait waiting(WebDriver driver, Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(25));
    }

    /** Console messages at SEVERE level since the last call: uncaught errors and console.error. */
    public static List<String> severeConsoleMessages(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Fails when the page logged an error: every browser test ends with this. */
    public static void assertNoConsoleErrors(ChromeDriver driver) {
        Assertions.assertEquals(List.of(), severeConsoleMessages(driver), "console errors");
    }
}
