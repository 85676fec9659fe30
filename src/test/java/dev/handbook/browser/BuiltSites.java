package dev.handbook.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The sites several test classes read, built and served once per run instead of once per class: the real
 * handbook ({@link RealSite}) and the small progress handbook ({@link ProgressSite#shared}). Use it with
 * {@code @ExtendWith(BuiltSites.class)} and take either as a parameter. A test that changes its site builds
 * its own.
 */
final class BuiltSites implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BuiltSites.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RealSite.class || type == ProgressSite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        // The root store keeps them for the whole run and closes them (servers stopped, folders deleted) at its end.
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        return type == RealSite.class
                ? store.computeIfAbsent(RealSite.class, k -> new RealSite(tempDir("handbook-real-site-")), RealSite.class)
                : store.computeIfAbsent(ProgressSite.class, k -> ProgressSite.shared(tempDir("handbook-progress-site-")),
                        ProgressSite.class);
    }

    private static java.nio.file.Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
