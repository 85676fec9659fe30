package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: model, diag ← load, render, check, output ← pipeline ← serve ← cli.
 * A single Maven module cannot enforce it, so this test reads every import (see STYLE.md, part a).
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/handbook");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dev\\.handbook\\.(\\w+)\\.", Pattern.MULTILINE);
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "diag", Set.of(),
            "memo", Set.of(),
            "model", Set.of("diag"),
            "load", Set.of("diag", "model", "memo"),
            "render", Set.of("diag", "model", "memo"),
            "check", Set.of("diag", "model"),
            "output", Set.of("diag", "model"),
            "pipeline", Set.of("diag", "model", "memo", "load", "render", "check", "output"),
            "serve", Set.of("diag", "model", "render", "pipeline"),
            "cli", Set.of("diag", "model", "pipeline", "serve", "render", "load"));

    @Test
    void importsFollowTheDependencyRule() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path rel = SOURCES.relativize(file);
                if (rel.getNameCount() < 2) {
                    continue; // Main.java: the entry point may call the CLI
                }
                String pkg = rel.getName(0).toString();
                assertTrue(ALLOWED.containsKey(pkg), "unknown package " + pkg + ": add it to the rule");
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String target = m.group(1);
                    if (!target.equals(pkg) && !ALLOWED.get(pkg).contains(target)) {
                        violations.add(rel + " imports dev.handbook." + target);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        for (String pkg : ALLOWED.keySet()) {
            Path dir = SOURCES.resolve(pkg);
            if (Files.isDirectory(dir)) {
                assertTrue(Files.exists(dir.resolve("package-info.java")), pkg + " has no package-info.java");
            }
        }
    }
}
