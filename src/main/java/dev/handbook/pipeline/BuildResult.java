package dev.handbook.pipeline;

import dev.handbook.diag.Diagnostic;
import dev.handbook.model.Handbook;
import java.util.List;

/**
 * A successful build: what it produced and the warnings it found.
 *
 * @param renderedPages the content pages rendered by this build; the rest of its {@code pageCount} were
 *                      the same as an earlier build's of the session, and were reused
 */
public record BuildResult(Handbook handbook, int pageCount, int fileCount, List<Diagnostic> warnings,
        int renderedPages) {}
