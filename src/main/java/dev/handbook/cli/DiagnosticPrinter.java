package dev.handbook.cli;

import dev.handbook.diag.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics for people ({@code path:line:col: error: message} plus a hint) or for GitHub Actions. */
final class DiagnosticPrinter {
    enum Format { TEXT, GITHUB }

    private final PrintWriter out;
    private final Format format;

    DiagnosticPrinter(PrintWriter out, Format format) {
        this.out = out;
        this.format = format;
    }

    void print(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (format == Format.GITHUB) {
                out.println(github(d));
            } else {
                out.println(d);
            }
        }
        out.println(summary(diagnostics));
        out.flush();
    }

    static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** A workflow command: GitHub shows it inline on the pull request's changed line. */
    static String github(Diagnostic d) {
        StringBuilder line = new StringBuilder("::").append(d.severity().label()).append(" file=")
                .append(property(d.file()));
        if (d.line() > 0) {
            line.append(",line=").append(d.line());
            if (d.column() > 0) {
                line.append(",col=").append(d.column());
            }
        }
        String message = d.hint().isEmpty() ? d.message() : d.message() + " (hint: " + d.hint() + ")";
        return line.append("::").append(data(message)).toString();
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
