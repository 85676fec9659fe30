package dev.handbook.cli;

import dev.handbook.diag.Diagnostic;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.serve.DevServer;
import java.io.PrintWriter;
import java.util.List;

/** What {@code handbook serve} prints as it rebuilds: one line per good build, every problem of a bad one. */
final class ServeReport implements DevServer.Listener {
    private final PrintWriter out;
    private final PrintWriter err;
    private boolean first = true;

    ServeReport(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public synchronized void built(BuildResult result, long millis, int reloadedPages) {
        if (!result.warnings().isEmpty()) {
            new DiagnosticPrinter(err, DiagnosticPrinter.Format.TEXT).print(result.warnings());
        }
        out.println(first ? "Built " + result.pageCount() + " pages in " + millis + " ms"
                : "Rebuilt in " + millis + " ms; reloading " + reloadedPages + (reloadedPages == 1 ? " page" : " pages"));
        out.flush();
        first = false;
    }

    @Override
    public synchronized void failed(List<Diagnostic> diagnostics, long millis) {
        new DiagnosticPrinter(err, DiagnosticPrinter.Format.TEXT).print(diagnostics);
        err.println(first ? "Fix these and save: the preview builds as soon as they are gone."
                : "Build failed in " + millis + " ms; still serving the last good build.");
        err.flush();
    }

    @Override
    public synchronized void crashed(RuntimeException e) {
        err.println("handbook: internal error while rebuilding (please report it with this output):");
        e.printStackTrace(err);
        err.flush();
    }
}
