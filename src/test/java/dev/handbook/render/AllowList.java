package dev.handbook.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * known-differences.txt: where our renderer may differ from cmark-gfm, how, and why. One entry a line:
 * {@code <where> <difference> <reason>}. {@code where} is {@code <kind>:<name>} for one case (a spec example
 * number, a fixture file, a content file), {@code <kind>:*} for every case of a kind, or {@code *} for every
 * case; {@code difference} is a {@link KnownDifference} key, or {@code any} for a single case that may differ
 * in any way. A reason is required. A single-case entry no case needs is stale; a wide entry must be shown
 * by at least one fixture page. So the list stays true.
 */
final class AllowList {
    static final String RESOURCE = "/markdown/known-differences.txt";

    /** One line of the file; {@code used} is set when some case needed it. */
    static final class Entry {
        final int line;
        final String where;
        final String difference;
        final String reason;
        /** The kinds of case that needed this entry. */
        final Set<String> usedBy = new HashSet<>();

        Entry(int line, String where, String difference, String reason) {
            this.line = line;
            this.where = where;
            this.difference = difference;
            this.reason = reason;
        }

        String kind() {
            return isWide() && !where.contains(":") ? "*" : where.substring(0, where.indexOf(':'));
        }

        boolean isWide() {
            return where.endsWith("*");
        }

        boolean isAny() {
            return difference.equals("any");
        }

        boolean covers(String kind, String name) {
            return where.equals("*") || where.equals(kind + ":*") || where.equals(kind + ":" + name);
        }

        @Override
        public String toString() {
            return "known-differences.txt:" + line + ": " + where + " " + difference + " (" + reason + ")";
        }
    }

    private final List<Entry> entries;

    private AllowList(List<Entry> entries) {
        this.entries = entries;
    }

    static AllowList load() {
        try (InputStream in = Objects.requireNonNull(AllowList.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AllowList parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            if (parts.length < 3 || !(parts[0].contains(":") || parts[0].equals("*"))) {
                throw new IllegalArgumentException("known-differences.txt:" + (i + 1)
                        + ": expected '<kind>:<name> <difference> <reason>', got: " + line);
            }
            if (!parts[1].equals("any")) {
                KnownDifference.byKey(parts[1]); // fails on a typo
            } else if (parts[0].endsWith("*")) {
                throw new IllegalArgumentException("known-differences.txt:" + (i + 1)
                        + ": 'any' is for one case only, never for a whole kind");
            }
            entries.add(new Entry(i + 1, parts[0], parts[1], parts[2]));
        }
        return new AllowList(entries);
    }

    List<Entry> covering(String kind, String name) {
        return entries.stream().filter(e -> e.covers(kind, name)).toList();
    }

    /** Single-case entries of {@code kind} that no case needed. */
    List<Entry> stale(String kind) {
        return entries.stream().filter(e -> !e.isWide() && e.kind().equals(kind) && !e.usedBy.contains(kind))
                .toList();
    }

    /** Wide entries (for a kind, or for all) that no case of {@code kind} needed. */
    List<Entry> wideUnusedBy(String kind) {
        return entries.stream().filter(e -> e.isWide() && !e.usedBy.contains(kind)).toList();
    }
}
