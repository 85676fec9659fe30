package dev.handbook.browser;

import dev.handbook.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Checkers from npm that the site tests use: axe-core (accessibility) and vnu-jar (the Nu Html Checker).
 * package.json pins them; .ci/run installs them with {@code npm ci --ignore-scripts}. Missing tools skip
 * the test locally with the command to run, and fail it in CI, as {@link Chromium} does.
 */
final class NpmTools {
    static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");
    static final Path VNU = Path.of("node_modules/vnu-jar/build/dist/vnu.jar");

    private NpmTools() {}

    /** Skips (locally) or fails (in CI) when {@code file} from package.json's tools is not installed. */
    static Path require(Path file) {
        boolean installed = Files.isRegularFile(file);
        String hint = "npm ci --ignore-scripts (installs package.json's checkers into node_modules/)";
        if (!installed && TestSupport.toolsMandatory()) {
            Assertions.fail(file + " is required here but missing: run " + hint);
        }
        Assumptions.assumeTrue(installed, "skipping: " + file + " not installed; run " + hint);
        return file.toAbsolutePath();
    }
}
