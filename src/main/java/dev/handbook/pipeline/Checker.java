package dev.handbook.pipeline;

import dev.handbook.check.ProgressSafety;
import dev.handbook.diag.BuildFailedException;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.load.ProgressIdsReader;
import dev.handbook.model.ProgressIds;
import java.util.List;
import java.util.Optional;

/**
 * {@code handbook check}: everything a build validates, without writing, plus (with a base revision) the
 * progress-safety comparison of item ids. Every problem of both comes back together, sorted.
 */
public final class Checker {
    private final SiteBuilder builder;

    public Checker(SiteBuilder builder) {
        this.builder = builder;
    }

    /** The result of a check: every diagnostic, sorted by file and position. */
    public record Result(List<Diagnostic> diagnostics) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** @param baseRef a git revision to compare item ids with (e.g. origin/main), or empty */
    public Result check(BuildRequest request, Optional<String> baseRef) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            diagnostics.addAll(builder.build(request.checkOnly()).warnings());
        } catch (BuildFailedException e) {
            diagnostics.addAll(e.diagnostics());
        }
        baseRef.ifPresent(ref -> ProgressIdsReader.fromRevision(request.contentDir(), ref,
                SourcePosition.of("--base"), diagnostics).ifPresent(base -> {
                    ProgressIds current = ProgressIdsReader.fromFolder(request.contentDir());
                    ProgressSafety.compare(base, current, ref,
                            file -> builder.show(request.contentDir().resolve(file)), diagnostics);
                }));
        return new Result(diagnostics.sorted());
    }
}
