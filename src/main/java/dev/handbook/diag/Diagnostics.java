package dev.handbook.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collects every problem of a run so they can be reported together, once, at the end.
 * Thread-safe: pages are rendered in parallel and report into the same collector.
 */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public synchronized void addAll(Collection<Diagnostic> diagnostics) {
        all.addAll(diagnostics);
    }

    public void error(SourcePosition at, String message, String hint) {
        add(Diagnostic.error(at, message, hint));
    }

    public void error(SourcePosition at, String message) {
        error(at, message, "");
    }

    public void warning(SourcePosition at, String message, String hint) {
        add(Diagnostic.warning(at, message, hint));
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized long errorCount() {
        return all.stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return all.size() - errorCount();
    }

    /** The files with at least one error so far: checks that would only repeat them can skip those files. */
    public Set<String> filesWithErrors() {
        return all.stream().filter(Diagnostic::isError).map(Diagnostic::file).collect(Collectors.toSet());
    }

    /** Every diagnostic, sorted by file and position, duplicates dropped. */
    public synchronized List<Diagnostic> sorted() {
        return all.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }

    /** Throws when any error was collected, carrying every diagnostic (warnings too). */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new BuildFailedException(sorted());
        }
    }
}
