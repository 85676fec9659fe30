package dev.handbook.cli;

/**
 * A mistake on the command line (exit code 2): printed as {@code handbook: <message>} and a line that says
 * where the right usage is written. Never a stack trace.
 */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String hint;

    /** A mistake in how {@code syntax}'s command was called; the hint points at its help. */
    UsageException(String message, CommandSyntax syntax) {
        super(message);
        this.hint = syntax.name().equals("handbook") ? "run 'handbook --help' for the commands"
                : "run '" + syntax.invocation() + " --help' for the options";
    }

    String hint() {
        return hint;
    }
}
