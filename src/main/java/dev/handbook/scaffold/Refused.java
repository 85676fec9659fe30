package dev.handbook.scaffold;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePosition;

/** Why a scaffolding command wrote nothing: a located diagnostic that says what to do instead. */
public final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;

    Refused(String path, String message, String hint) {
        super(path + ": " + message);
        this.diagnostic = Diagnostic.error(SourcePosition.of(path), message, hint);
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
