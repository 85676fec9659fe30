package dev.handbook.cli;

import dev.handbook.scaffold.Refused;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** How the scaffolding commands report: the paths written, one a line, and a refusal as a diagnostic. */
final class ScaffoldReport {
    private ScaffoldReport() {}

    static void written(PrintWriter out, List<Path> written) {
        written.forEach(path -> out.println("wrote " + path));
        out.flush();
    }

    static int refused(PrintWriter err, Refused refused) {
        err.println(refused.diagnostic());
        err.flush();
        return ExitCodes.CONTENT_ERRORS;
    }
}
