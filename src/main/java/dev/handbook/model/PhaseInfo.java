package dev.handbook.model;

import java.util.List;
import java.util.Optional;

/**
 * What makes a page a phase: its number, and what its front matter gives of its duration, outcomes and
 * mastery check (each optional: a course need not invent them).
 *
 * @param part the folder of the part it belongs to (e.g. "phases/01-basics"), or "" in a handbook without parts
 */
public record PhaseInfo(int number, Optional<Duration> duration, List<Markdown> outcomes,
        Optional<MasteryCheck> masteryCheck, String part) {
    public PhaseInfo {
        outcomes = List.copyOf(outcomes);
    }
}
