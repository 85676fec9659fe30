package dev.handbook.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collects the problems of one unit of work (a file's loading, a page's rendering, a build's own checks)
 * so they can be reported together, once, at the end. Units that run on other threads report into
 * collectors of their own and return them as values ({@link Reported}), merged in a fixed order.
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

    /** Every diagnostic in the order it was reported. */
    public synchronized List<Diagnostic> list() {
        return List.copyOf(all);
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
