package dev.handbook.cli;

/**
 * The arguments a command takes after its options, e.g. {@code render}'s files.
 *
 * @param label       their name in help, e.g. {@code FILE}
 * @param description the help text
 * @param many        whether any number may be given; otherwise at most one
 */
record Positional(String label, String description, boolean many) {
    /** How help shows it: {@code [FILE...]} or {@code [COMMAND]}. */
    String synopsis() {
        return "[" + label + (many ? "..." : "") + "]";
    }
}
