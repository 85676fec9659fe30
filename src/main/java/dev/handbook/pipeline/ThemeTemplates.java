package dev.handbook.pipeline;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Reported;
import dev.handbook.diag.SourcePosition;
import dev.handbook.memo.Memo;
import dev.handbook.render.Templates;
import dev.handbook.render.Theme;
import dev.handbook.render.ThemeCalls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The theme's templates (the handbook's theme folder over the built-in theme), every one parsed before any
 * page renders so that a syntax error, a file that is not UTF-8 or a macro an override lacks is reported
 * with the content's problems. Parsed again only when the theme changed: a file of the folder, or the
 * built-in theme itself.
 */
final class ThemeTemplates {
    private ThemeTemplates() {}

    /** The parsed templates, or a null value with the problems that stopped them. */
    static Reported<Templates> parse(Path dir, String shown, Memo memo) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return Reported.of(found -> {
                found.error(SourcePosition.of(shown), "the theme folder is a file",
                        "pass a folder with --templates, or leave it out to build with the built-in theme");
                return null;
            });
        }
        Theme theme = new Theme(dir, shown);
        return memo.get("templates", dir.toAbsolutePath().normalize(), theme.stamp(),
                () -> Reported.of(found -> parsed(theme, shown, found)));
    }

    private static Templates parsed(Theme theme, String shown, Diagnostics diagnostics) {
        List<String> names;
        try {
            names = theme.files("").keySet().stream().filter(ThemeTemplates::isTemplate).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            diagnostics.error(SourcePosition.of(shown), "cannot read the theme folder: " + e.getMessage(), "");
            return null;
        }
        Templates templates = new Templates(theme);
        boolean allParsed = names.stream().map(name -> templates.preload(name, diagnostics))
                .reduce(true, Boolean::logicalAnd);
        if (!allParsed) {
            return null;
        }
        ThemeCalls.check(theme, names, diagnostics); // diagnostics holds this step's problems only
        return diagnostics.hasErrors() ? null : templates;
    }

    /** A FreeMarker template by its extension (assets and other files are published, not parsed). */
    private static boolean isTemplate(String name) {
        return !name.startsWith("assets/") && (name.endsWith(".ftlh") || name.endsWith(".ftlx")
                || name.endsWith(".ftl"));
    }
}
