package dev.handbook.model;

/**
 * A path inside the generated site, relative to its root, with forward slashes (e.g. "phases/01-x.html").
 * Knows how to reach any other site path with a relative URL, so the site works under any sub-path
 * and opened from disk.
 */
public record SitePath(String value) implements Comparable<SitePath> {
    public SitePath {
        if (value.startsWith("/") || value.contains("\\") || value.contains("..") || value.isEmpty()) {
            throw new IllegalArgumentException("not a site path: '" + value + "'");
        }
    }

    /** "" at the root, "../" one folder down, and so on. */
    public String rootPrefix() {
        int depth = (int) value.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** A relative URL from this page to {@code target}. */
    public String relativeUrlTo(SitePath target) {
        if (target.equals(this)) {
            return target.value.substring(target.value.lastIndexOf('/') + 1);
        }
        String[] from = value.split("/");
        String[] to = target.value.split("/");
        int common = 0;
        while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder url = new StringBuilder("../".repeat(from.length - 1 - common));
        for (int i = common; i < to.length; i++) {
            url.append(to[i]);
            if (i < to.length - 1) {
                url.append('/');
            }
        }
        return url.toString();
    }

    @Override
    public int compareTo(SitePath other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
