package dev.handbook.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem, located in a source file.
 *
 * @param file   path as the user should see it, relative to the project (forward slashes)
 * @param line   1-based line, or 0 when the whole file is meant
 * @param column 1-based column, or 0 when the whole line is meant
 * @param hint   how to fix it; empty when the message says it all
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message, String hint) {

    /** Files first, then position, so a run's report reads top to bottom per file. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
        }
    }

    public static Diagnostic error(SourcePosition at, String message, String hint) {
        return new Diagnostic(Severity.ERROR, at.file(), at.line(), at.column(), message, hint);
    }

    public static Diagnostic warning(SourcePosition at, String message, String hint) {
        return new Diagnostic(Severity.WARNING, at.file(), at.line(), at.column(), message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:col: error: message}, the form editors and CI logs understand. */
    public String location() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        String head = location() + ": " + severity.label() + ": " + message;
        return hint.isEmpty() ? head : head + "\n  hint: " + hint;
    }
}
