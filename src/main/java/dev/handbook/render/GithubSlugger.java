package dev.handbook.render;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Heading ids the way GitHub makes them: lower-cased, punctuation removed, spaces to hyphens; a repeated
 * slug gets "-1", "-2"… One slugger per page, since the counts are per document.
 */
final class GithubSlugger {
    // GitHub keeps letters, marks, numbers, connector punctuation ('_'), hyphens and spaces; drops the rest.
    private static final Pattern REMOVE = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc}\\- ]");
    private final Map<String, Integer> seen = new HashMap<>();

    /** Ids the page template uses itself: a heading with the same text gets a suffix instead. */
    void reserve(Iterable<String> ids) {
        for (String id : ids) {
            seen.put(id, 0);
        }
    }

    String slug(String text) {
        String base = REMOVE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
        String slug = base;
        Integer count = seen.get(base);
        if (count != null) {
            int next = count;
            do {
                next++;
                slug = base + "-" + next;
            } while (seen.containsKey(slug));
            seen.put(base, next);
        }
        seen.putIfAbsent(slug, 0);
        return slug;
    }
}
