package dev.handbook.diag;

import java.util.List;

/**
 * What one unit of work made (a page's sources loaded, a page rendered) with the problems it found: each
 * unit reports its own, and they are merged in a fixed order, so a run reports the same lines whatever
 * ran on which core.
 *
 * @param value what was made; null when the problems stopped it
 */
public record Reported<T>(T value, List<Diagnostic> diagnostics) {
    public Reported {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Runs {@code work} with a collector of its own. */
    public static <T> Reported<T> of(java.util.function.Function<Diagnostics, T> work) {
        Diagnostics own = new Diagnostics();
        T value = work.apply(own);
        return new Reported<>(value, own.list());
    }
}
