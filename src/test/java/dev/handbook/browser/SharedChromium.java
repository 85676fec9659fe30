package dev.handbook.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless Chromium for the whole browser-test run, and a new learner for every test. Starting a browser
 * takes seconds on a 2-core machine, and the suite used to start one per test class (some per test). Now it
 * starts once, when the first test needs it, and quits when the run ends; before each test it switches to a
 * fresh, empty profile ({@link Profiles}) with one 1280×900 tab, the default timeouts and an empty console log,
 * and after it closes that profile.
 *
 * <p>Use it with {@code @ExtendWith(SharedChromium.class)}; test methods and {@code @BeforeAll}/{@code @BeforeEach}
 * methods take the {@link ChromeDriver} (or the {@link Profiles}, for another device or a second tab) as a
 * parameter. Without Chromium the class skips, or fails in CI, as {@link Chromium#requireInstalled} says. A
 * test that needs other browser settings (JavaScript or site data off) starts its own with {@link Chromium#start}.
 */
final class SharedChromium implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedChromium.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Chromium.requireInstalled();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ChromeDriver driver = profiles(context).open(Chromium.WIDTH, Chromium.HEIGHT);
        Chromium.defaultTimeouts(driver);
        Chromium.severeConsoleMessages(driver);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        profiles(context).closeAll();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ChromeDriver.class || type == Profiles.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Profiles profiles = profiles(context);
        return parameter.getParameter().getType() == Profiles.class ? profiles : profiles.driver();
    }

    /** The run's browser, started on first use; JUnit quits it when the run ends (the root store closes it). */
    private static Profiles profiles(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Profiles.class,
                type -> new Profiles(Chromium.start()), Profiles.class);
    }
}
