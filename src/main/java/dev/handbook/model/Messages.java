package dev.handbook.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The theme's words in the handbook's language (handbook.yml's {@code language:}): every text a template or
 * a script of the theme shows, by a dotted key named for where it is shown ({@code nav.plan}). A message
 * that counts something has a form per plural category under its key ({@code counts.items.one},
 * {@code counts.items.other}; see {@link Plurals}). {@code {name}} in a text is a placeholder.
 *
 * @param texts in the order of the theme's English messages file
 */
public record Messages(String language, Map<String, String> texts) {
    public Messages {
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }
}
