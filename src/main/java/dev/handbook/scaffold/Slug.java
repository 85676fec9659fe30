package dev.handbook.scaffold;

import java.text.Normalizer;
import java.util.Locale;

/** A title as the words of a file name or an id: "Async Rust & Networking!" is "async-rust-networking". */
final class Slug {
    private Slug() {}

    /** Lower-case ASCII letters and digits joined by single hyphens; empty when the title has none. */
    static String of(String title) {
        // Accents come off (é is e); letters outside ASCII, which ids may not hold, become separators.
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
    }

    /** "my-course" as a title: "My Course". */
    static String title(String slug) {
        StringBuilder out = new StringBuilder();
        for (String word : slug.split("-")) {
            if (!word.isEmpty()) {
                out.append(out.length() > 0 ? " " : "").append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
        }
        return out.length() > 0 ? out.toString() : "My Handbook";
    }
}
