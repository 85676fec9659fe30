package dev.handbook.cli;

/** A subcommand: its syntax as data, and the work it does with the parsed arguments. */
interface Command {
    CommandSyntax syntax();

    /**
     * Does the command's work and returns its exit code (see {@link ExitCodes}). A {@link UsageException}
     * is the user's mistake; any other exception is a bug, reported as an internal error.
     */
    int run(Args args, Streams io) throws Exception;
}
