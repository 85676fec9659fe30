package dev.handbook.load;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.ItemId;

/** Reads and checks the form of item and question ids. */
final class Ids {
    private Ids() {}

    static ItemId read(YamlMap map, String key) {
        if (!map.has(key)) {
            map.missing(key);
            return new ItemId("", map.position());
        }
        String value = map.text(key).orElse("");
        return check(value, map.positionOf(key), key, map.diagnostics());
    }

    static ItemId check(String value, SourcePosition at, String what, Diagnostics diagnostics) {
        if (!value.isEmpty() && !ItemId.isWellFormed(value)) {
            diagnostics.error(at, what + " '" + value + "' is not a slug",
                    "use lower-case letters, digits and single hyphens, at most " + ItemId.MAX_LENGTH
                            + " characters, e.g. '" + suggest(value) + "'");
        }
        return new ItemId(value, at);
    }

    private static String suggest(String value) {
        String slug = value.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > ItemId.MAX_LENGTH) {
            slug = slug.substring(0, ItemId.MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "my-item" : slug;
    }
}
