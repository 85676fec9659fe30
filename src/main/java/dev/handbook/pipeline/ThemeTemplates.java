package dev.handbook.pipeline;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Reported;
import dev.handbook.diag.SourcePosition;
import dev.handbook.memo.Memo;
import dev.handbook.render.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The theme's templates, every one parsed before any page renders so that a syntax error is reported with
 * the content's problems. Parsed again only when a file of the templates folder changed.
 */
final class ThemeTemplates {
    static final List<String> NAMES = List.of("index.ftlh", "phase.ftlh", "part.ftlh", "page.ftlh", "portfolio.ftlh",
            "plan.ftlh", "quiz.ftlh", "worksheet.ftlh", "worksheets.ftlh", "booklet-sheet.ftlh", "404.ftlh",
            "nav.ftlh", "sitemap.ftlx");

    private ThemeTemplates() {}

    /** The parsed templates, or a null value with the problems that stopped them. */
    static Reported<Templates> parse(Path dir, String shown, Memo memo) {
        if (!Files.isDirectory(dir)) {
            return Reported.of(found -> {
                found.error(SourcePosition.of(shown), "templates folder not found",
                        "run from the handbook's folder, or pass --templates DIR");
                return null;
            });
        }
        return memo.get("templates", dir.toAbsolutePath().normalize(), Templates.stamp(dir),
                () -> Reported.of(found -> parsed(dir, shown, found)));
    }

    private static Templates parsed(Path dir, String shown, Diagnostics diagnostics) {
        try {
            Templates templates = new Templates(dir, shown);
            boolean allParsed = NAMES.stream().map(name -> templates.preload(name, diagnostics))
                    .reduce(true, Boolean::logicalAnd);
            return allParsed ? templates : null;
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(shown), "cannot read templates: " + e.getMessage(), "");
            return null;
        }
    }
}
