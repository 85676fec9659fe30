package dev.handbook;

import dev.handbook.cli.HandbookCommand;

/** Entry point: the only place that calls {@code System.exit}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // picocli registers converters for java.time and java.sql types by loading and initialising those
        // classes, on every run; no handbook option takes such a value. Skipping them shortens a cold start.
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", "java\\.time\\..*,java\\.sql\\..*");
        }
        System.exit(HandbookCommand.run(args));
    }
}
