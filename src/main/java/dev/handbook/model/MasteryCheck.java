package dev.handbook.model;

import java.util.List;

/** The project brief that closes a phase: what to build, how it is judged, what goes in the portfolio. */
public record MasteryCheck(Markdown title, Markdown build, List<Markdown> acceptance, Markdown stretch,
        Markdown portfolio) {
    public MasteryCheck {
        acceptance = List.copyOf(acceptance);
    }
}
