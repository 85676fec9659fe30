package dev.handbook.pipeline;

import dev.handbook.diag.Diagnostic;
import dev.handbook.model.Handbook;
import java.util.List;

/** A successful build: what it produced and the warnings it found. */
public record BuildResult(Handbook handbook, int pageCount, int fileCount, List<Diagnostic> warnings) {}
