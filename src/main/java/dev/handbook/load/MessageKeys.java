package dev.handbook.load;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.diag.Suggestions;
import dev.handbook.model.Plurals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * The keys of the English messages: what every other messages file (German, a handbook's own) is checked
 * against, and what it is told it lacks.
 */
final class MessageKeys {
    /** The keys in file order, a plural group once under its own key. */
    final List<String> order = new ArrayList<>();
    /** Keys of messages with a form per count: their forms are plural categories. */
    final Set<String> plurals = new LinkedHashSet<>();
    final Map<String, Set<String>> placeholders = new LinkedHashMap<>();
    final Map<String, String> english = new LinkedHashMap<>();
    /** The forms the English file gives its counting messages (one, other). */
    final Set<String> englishForms = new TreeSet<>();

    static MessageKeys of(MessagesLoader.Parsed file, Diagnostics diagnostics) {
        MessageKeys r = new MessageKeys();
        for (Map.Entry<String, MessagesLoader.Entry> e : file.entries().entrySet()) {
            String key = e.getKey();
            int dot = key.lastIndexOf('.');
            String group = dot < 0 ? "" : key.substring(0, dot);
            boolean form = !group.isEmpty() && Plurals.CATEGORIES.contains(key.substring(dot + 1));
            String name = form ? group : key;
            if (form) {
                r.englishForms.add(key.substring(dot + 1));
            }
            if (form && r.plurals.add(group)) {
                r.order.add(group);
            } else if (!form) {
                r.order.add(key);
            }
            r.placeholders.computeIfAbsent(name, k -> new TreeSet<>()).addAll(placeholders(e.getValue().value()));
            // The English text shown for a missing message: a counting one's "other" form.
            if (!form || key.endsWith(".other")) {
                r.english.put(name, e.getValue().value());
            }
        }
        for (String group : r.plurals) {
            if (!file.entries().containsKey(group + ".other")) {
                diagnostics.error(file.groups().getOrDefault(group, SourcePosition.of(file.shown())),
                        "message '" + group + "' has plural forms but no 'other'",
                        "every language has the form 'other': add it");
            }
        }
        return r;
    }

    /** Each key of {@code file} must be one of ours, in a form the language has, with our placeholders. */
    void check(MessagesLoader.Parsed file, Set<String> categories, Diagnostics diagnostics) {
        for (Map.Entry<String, MessagesLoader.Entry> e : file.entries().entrySet()) {
            String key = e.getKey();
            int dot = key.lastIndexOf('.');
            String group = dot < 0 ? "" : key.substring(0, dot);
            String name = key;
            if (plurals.contains(group)) {
                String form = key.substring(dot + 1);
                if (!categories.contains(form)) {
                    diagnostics.error(e.getValue().at(), "message '" + group + "' has no form '" + form + "' in"
                            + " this language", "its forms are " + String.join(", ", categories));
                    continue;
                }
                name = group;
            } else if (plurals.contains(key)) {
                diagnostics.error(e.getValue().at(), "message '" + key + "' counts, so it has a form per count",
                        "write its forms under it: " + String.join(", ", categories));
                continue;
            } else if (!placeholders.containsKey(key)) {
                unknown(key, e.getValue().at(), diagnostics);
                continue;
            }
            Set<String> known = placeholders.get(name);
            Matcher m = MessagesLoader.PLACEHOLDER.matcher(e.getValue().value());
            while (m.find()) {
                if (!known.contains(m.group(1))) {
                    String hint = known.isEmpty() ? "this message has no placeholders"
                            : "its placeholders are {" + String.join("}, {", known) + "}"
                                    + Suggestions.closest(m.group(1), known).map(s -> " (did you mean {" + s
                                            + "}?)").orElse("");
                    diagnostics.error(e.getValue().textAt(), "message '" + name + "' has no placeholder {"
                            + m.group(1) + "}", hint);
                }
            }
        }
    }

    private void unknown(String key, SourcePosition at, Diagnostics diagnostics) {
        boolean isGroup = order.stream().anyMatch(k -> k.startsWith(key + "."));
        if (isGroup) {
            diagnostics.error(at, "'" + key + "' is a group of messages, not one", "write its messages under it");
            return;
        }
        Optional<String> guess = Suggestions.closest(key, order);
        diagnostics.error(at, "unknown message key '" + key + "'" + guess.map(g -> " — did you mean '" + g
                + "'?").orElse(""), "the English messages list every key: " + MessagesLoader.KEYS_LISTED);
    }

    /**
     * Every message {@code file} lacks, each reported where its group starts in the file (or at its top),
     * with the English text to translate.
     */
    void missing(MessagesLoader.Parsed file, Set<String> categories, Diagnostics diagnostics) {
        for (String key : order) {
            List<String> needed = plurals.contains(key)
                    ? categories.stream().map(c -> key + "." + c).toList() : List.of(key);
            for (String k : needed) {
                if (!file.entries().containsKey(k)) {
                    diagnostics.error(place(k, file), "missing message key '" + k + "'", "translate it: in English it"
                            + " reads \"" + english.get(key) + "\"");
                }
            }
        }
    }

    private static SourcePosition place(String key, MessagesLoader.Parsed file) {
        String group = key;
        while (group.contains(".")) {
            group = group.substring(0, group.lastIndexOf('.'));
            SourcePosition at = file.groups().get(group);
            if (at != null) {
                return at;
            }
        }
        return new SourcePosition(file.shown(), 1, 1);
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = MessagesLoader.PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
