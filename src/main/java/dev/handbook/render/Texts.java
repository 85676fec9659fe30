package dev.handbook.render;

import dev.handbook.model.Choice;
import dev.handbook.model.Duration;
import dev.handbook.model.Messages;
import dev.handbook.model.Plurals;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The theme's words ({@link Messages}) as the build uses them: a message by its key with its placeholders
 * filled in, the plural form a count takes, and the messages a page's scripts need, as JSON. The one place
 * messages are formatted at build time; the scripts' {@code handbookText} (assets/theme.js) does the same in
 * the browser: {@code {name}} is replaced by the argument of that name, and a message with a form per count
 * chooses it by its argument {@code n}.
 */
public final class Texts {
    /** The scripts whose words a page carries: each one's messages are the group {@code js.<name>}. */
    private static final String SCRIPT_GROUP = "js.";

    private final Messages messages;
    private final Map<java.util.List<String>, String> scriptJson = new java.util.concurrent.ConcurrentHashMap<>();

    public Texts(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    /** The message {@code key}, which has no placeholders. */
    public String text(String key) {
        return format(key, Map.of());
    }

    /** The message {@code key} with its placeholders filled from {@code args}. */
    public String format(String key, Map<String, ?> args) {
        return fill(message(key, args.get("n")), name -> {
            Object value = args.get(name);
            return value == null ? null : plain(value);
        }, Function.identity());
    }

    /**
     * The message {@code key}, or the form of it {@code count} takes (a number, or null for a message that
     * does not count). @throws IllegalArgumentException when there is no such message
     */
    String message(String key, Object count) {
        String text = messages.texts().get(key);
        if (text != null) {
            return text;
        }
        if (count instanceof Number n) {
            text = messages.texts().get(key + "." + Plurals.category(messages.language(), n.longValue()));
            if (text == null) {
                text = messages.texts().get(key + ".other");
            }
            if (text != null) {
                return text;
            }
        }
        throw new IllegalArgumentException(messages.texts().containsKey(key + ".other")
                ? "message '" + key + "' counts: give it a number n" : "no message '" + key + "'");
    }

    /**
     * {@code text} with each {@code {name}} replaced by {@code value.apply(name)} (left as it is when that is
     * null), and the text between them by {@code literal.apply(text)}.
     */
    static String fill(String text, Function<String, String> value, Function<String, String> literal) {
        if (text.indexOf('{') < 0) {
            return literal.apply(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int done = 0;
        int open = text.indexOf('{');
        while (open >= 0) {
            int close = text.indexOf('}', open);
            if (close < 0) {
                break;
            }
            String replaced = value.apply(text.substring(open + 1, close));
            if (replaced != null) {
                out.append(literal.apply(text.substring(done, open))).append(replaced);
                done = close + 1;
            }
            open = text.indexOf('{', close);
        }
        return out.append(literal.apply(text.substring(done))).toString();
    }

    /** A value as a message shows it: whole numbers without grouping (as the scripts write them). */
    static String plain(Object value) {
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return Long.toString(n.longValue());
        }
        return String.valueOf(value);
    }

    /** How long a phase takes, as a reader sees it: "1 week", "2–3 weeks", "ongoing". */
    public String duration(Duration d) {
        if (d.ongoing()) {
            return text("duration.ongoing");
        }
        if (d.minWeeks() == d.maxWeeks()) {
            return format("duration.weeks", Map.of("n", d.minWeeks()));
        }
        return format("duration.range", Map.of("min", d.minWeeks(), "max", d.maxWeeks(), "n", d.maxWeeks()));
    }

    /** The sum of a handbook's phases: "23–35 weeks", "then ongoing" when one is; "" when none gives a duration. */
    String total(int min, int max, boolean ongoing) {
        if (min == 0 && max == 0) {
            return ongoing ? text("duration.ongoing") : "";
        }
        String range = min == max ? format("duration.weeks", Map.of("n", min))
                : format("duration.range", Map.of("min", min, "max", max, "n", max));
        return ongoing ? format("duration.then_ongoing", Map.of("weeks", range)) : range;
    }

    /** How many items a learner picks on a track page: "2", "2 or 3", "2 to 4". */
    String choice(Choice choice) {
        if (choice.min() == choice.max()) {
            return String.valueOf(choice.min());
        }
        return format(choice.max() == choice.min() + 1 ? "track.choose_either" : "track.choose_range",
                Map.of("min", choice.min(), "max", choice.max()));
    }

    /** The words Markdown adds to a text: the titles of GitHub's alerts, a footnote's link back. */
    public MarkdownRenderer.Words markdownWords() {
        Map<String, String> titles = new LinkedHashMap<>();
        for (String type : new String[] {"note", "tip", "important", "warning", "caution"}) {
            titles.put(type, text("alert." + type));
        }
        return new MarkdownRenderer.Words(titles, text("footnote.back"));
    }

    /**
     * The messages of {@code scripts} (file names, e.g. checklist.js) as a JSON object, for a page's
     * {@code <script type="application/json">} element: a page carries the words of its own scripts only.
     */
    String scriptJson(java.util.List<String> scripts) {
        // Pages name a few lists of scripts: each list's JSON is made once.
        return scriptJson.computeIfAbsent(java.util.List.copyOf(scripts), this::makeScriptJson);
    }

    private String makeScriptJson(java.util.List<String> scripts) {
        StringBuilder out = new StringBuilder("{");
        for (String script : scripts) {
            String group = SCRIPT_GROUP + script.replaceFirst("\\.js$", "") + ".";
            messages.texts().forEach((key, text) -> {
                if (key.startsWith(group)) {
                    out.append(out.length() > 1 ? "," : "").append(JsonText.quote(key)).append(':')
                            .append(JsonText.quote(text));
                }
            });
        }
        return out.append('}').toString();
    }
}
