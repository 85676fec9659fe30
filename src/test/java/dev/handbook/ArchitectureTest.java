package dev.handbook;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: model, diag, memo ← load, render, check, output ← pipeline ← serve ← cli
 * (STYLE.md, part a), and diag, render ← scaffold ← cli (the files init and new write; issue 18). ArchUnit
 * reads the compiled classes, so every use counts: an import, a fully qualified name written inline, a
 * method reference, a type in a signature.
 */
class ArchitectureTest {
    private static final String BASE = "dev.handbook";
    private static final List<String> PACKAGES = List.of("diag", "memo", "model", "load", "render", "check",
            "output", "pipeline", "serve", "scaffold", "cli");
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
        assertTrue(classes.size() > 100, "the main classes were imported: " + classes.size());
    }

    @Test
    void dependenciesPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("diag").definedBy(BASE + ".diag..")
                .layer("memo").definedBy(BASE + ".memo..")
                .layer("model").definedBy(BASE + ".model..")
                .layer("load").definedBy(BASE + ".load..")
                .layer("render").definedBy(BASE + ".render..")
                .layer("check").definedBy(BASE + ".check..")
                .layer("output").definedBy(BASE + ".output..")
                .layer("pipeline").definedBy(BASE + ".pipeline..")
                .layer("serve").definedBy(BASE + ".serve..")
                .layer("scaffold").definedBy(BASE + ".scaffold..")
                .layer("cli").definedBy(BASE + ".cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("serve").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("scaffold").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("pipeline").mayOnlyBeAccessedByLayers("serve", "cli")
                .whereLayer("output").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("check").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("load").mayOnlyBeAccessedByLayers("pipeline", "cli")
                .whereLayer("render").mayOnlyBeAccessedByLayers("pipeline", "serve", "scaffold", "cli")
                .whereLayer("model").mayOnlyBeAccessedByLayers("load", "render", "check", "output", "pipeline",
                        "serve", "cli")
                .whereLayer("memo").mayOnlyBeAccessedByLayers("load", "render", "pipeline")
                .whereLayer("diag").mayOnlyBeAccessedByLayers("model", "load", "render", "check", "output",
                        "pipeline", "serve", "scaffold", "cli")
                .check(classes);
    }

    @Test
    void everyPackageSaysWhatItIsFor() {
        for (String pkg : PACKAGES) {
            Path dir = Path.of("src/main/java/dev/handbook", pkg);
            assertTrue(Files.exists(dir.resolve("package-info.java")), pkg + " has no package-info.java");
        }
    }

    /** Issue 16: small classes with one job. A file over the limit is a class to split, not to raise it for. */
    @Test
    void noMainSourceFileIsOver300Lines() throws java.io.IOException {
        List<String> tooLong;
        try (java.util.stream.Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readAllLines(f).size() > 300;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).sorted().toList();
        }
        assertTrue(tooLong.isEmpty(), "over 300 lines: " + tooLong);
    }
}
