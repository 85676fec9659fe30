package dev.handbook;

import dev.handbook.cli.HandbookCommand;

/** Entry point: the only place that calls {@code System.exit}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(HandbookCommand.run(args));
    }
}
