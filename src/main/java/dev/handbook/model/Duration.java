package dev.handbook.model;

/**
 * How long a phase takes: a range of weeks, or ongoing (no end).
 * For ongoing phases {@code minWeeks} and {@code maxWeeks} are 0.
 */
public record Duration(int minWeeks, int maxWeeks, boolean ongoing) {
    public static Duration weeks(int min, int max) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("bad week range " + min + "-" + max);
        }
        return new Duration(min, max, false);
    }

    public static Duration ongoingDuration() {
        return new Duration(0, 0, true);
    }

    /** As a reader sees it: "1 week", "2-3 weeks", "ongoing". */
    public String label() {
        if (ongoing) {
            return "ongoing";
        }
        if (minWeeks == maxWeeks) {
            return minWeeks + (minWeeks == 1 ? " week" : " weeks");
        }
        return minWeeks + "–" + maxWeeks + " weeks";
    }
}
