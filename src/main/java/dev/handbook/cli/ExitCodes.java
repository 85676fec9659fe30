package dev.handbook.cli;

/** The exit codes are a contract with scripts and CI: never renumber them. */
final class ExitCodes {
    /** Success. */
    static final int OK = 0;
    /** The handbook's sources have errors (reported as diagnostics). */
    static final int CONTENT_ERRORS = 1;
    /** The command line was wrong: unknown option, missing argument. */
    static final int USAGE = 2;
    /** A bug in handbook itself (EX_SOFTWARE). */
    static final int INTERNAL = 70;

    private ExitCodes() {}
}
