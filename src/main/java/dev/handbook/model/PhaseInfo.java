package dev.handbook.model;

import java.util.List;

/** What makes a page a phase: its number, duration, outcomes and mastery check. */
public record PhaseInfo(int number, Duration duration, List<Markdown> outcomes, MasteryCheck masteryCheck) {
    public PhaseInfo {
        outcomes = List.copyOf(outcomes);
    }
}
