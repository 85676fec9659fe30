package dev.handbook.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A bug in handbook (exit code 70, EX_SOFTWARE): its stack trace and a plea to report it. Only bugs get
 * here: content mistakes are diagnostics the commands print, command-line mistakes are {@link UsageErrors}.
 */
final class InternalErrors implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        err.println("handbook: internal error (please report it with this output):");
        e.printStackTrace(err);
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
