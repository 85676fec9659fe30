package dev.handbook.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" hints, for YAML keys and command-line options alike: the closest known word within a
 * small edit distance ("titel" → "title", "--otu" → "--out").
 */
public final class Suggestions {
    private Suggestions() {}

    public static Optional<String> closest(String word, Collection<String> known) {
        String typed = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, typed.replace("-", "").length() / 3));
        return known.stream()
                .filter(k -> distance(typed, k.toLowerCase(Locale.ROOT)) <= limit)
                .min(Comparator.comparingInt((String k) -> distance(typed, k.toLowerCase(Locale.ROOT)))
                        .thenComparing(k -> k));
    }

    /** Optimal string alignment distance: Levenshtein plus adjacent swaps ("--otu" to "--out" is 1). */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
