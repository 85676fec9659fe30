package dev.handbook.model;

/**
 * How many of a page's checklist items a learner picks as their own track (front matter {@code choose:}),
 * e.g. two or three capstone projects. {@link #NONE} when the page offers no choice.
 */
public record Choice(int min, int max) {
    public static final Choice NONE = new Choice(0, 0);

    public Choice {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bad choice range " + min + "-" + max);
        }
    }

    public boolean isNone() {
        return max == 0;
    }

    /** As a reader sees it: "2", "2 or 3", "2 to 4". */
    public String label() {
        if (min == max) {
            return String.valueOf(min);
        }
        return min + (max == min + 1 ? " or " : " to ") + max;
    }
}
