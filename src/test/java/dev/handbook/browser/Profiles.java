package dev.handbook.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.devtools.Command;
import org.openqa.selenium.devtools.ConverterFunctions;
import org.openqa.selenium.devtools.DevTools;

/**
 * One Chromium and its profiles. Each test works in a fresh profile: a CDP browser context (what an incognito
 * window is) with one tab, so storage, cookies, cache and permissions start empty, and whatever a test did to
 * its tab (emulated media or screen, scripts added with Page.addScriptToEvaluateOnNewDocument) goes with it.
 * A profile costs a fraction of a second; a browser costs seconds.
 */
final class Profiles implements AutoCloseable {
    private final ChromeDriver driver;
    /** The browser's own DevTools connection: a tab may not create or dispose browser contexts. */
    private final DevTools devTools;
    /** A blank tab in the default profile that no test uses, so the browser always has a window. */
    private final String home;
    private final List<String> open = new ArrayList<>();
    private String current;

    Profiles(ChromeDriver driver) {
        this.driver = driver;
        this.devTools = driver.getDevTools();
        this.home = driver.getWindowHandle();
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Switches to a new, empty profile with one tab whose window has this size: a new learner, or another device. */
    ChromeDriver open(int width, int height) {
        current = send("Target.createBrowserContext", Map.of("disposeOnDetach", false), "browserContextId");
        open.add(current);
        driver.switchTo().window(send("Target.createTarget", Map.of("url", "about:blank", "browserContextId", current,
                "width", width, "height", height), "targetId"));
        return driver;
    }

    /**
     * Switches to a second tab of the current profile (the same learner: same storage). WebDriver's own
     * {@code newWindow} would open it in the default profile, with other storage.
     */
    String newTab() {
        String tab = send("Target.createTarget", Map.of("url", "about:blank", "browserContextId", current), "targetId");
        driver.switchTo().window(tab);
        return tab;
    }

    /** Downloads of the current profile go to {@code dir}, without asking. */
    void allowDownloads(Path dir) {
        devTools.send(new Command<Void>("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "browserContextId", current, "downloadPath", dir.toAbsolutePath().toString())));
    }

    /** Grants the current profile these permissions (e.g. clipboardReadWrite) on {@code origin}. */
    void grant(String origin, List<String> permissions) {
        devTools.send(new Command<Void>("Browser.grantPermissions", Map.of("origin", origin,
                "permissions", permissions, "browserContextId", current)));
    }

    /** Closes every profile opened since the last call, with its tabs, and goes back to the blank tab. */
    void closeAll() {
        driver.switchTo().window(home);
        for (String context : open) {
            devTools.send(new Command<Void>("Target.disposeBrowserContext", Map.of("browserContextId", context)));
        }
        open.clear();
        current = null;
    }

    private String send(String method, Map<String, Object> params, String result) {
        return devTools.send(new Command<>(method, params, ConverterFunctions.map(result, String.class)));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
