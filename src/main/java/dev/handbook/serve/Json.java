package dev.handbook.serve;

import dev.handbook.diag.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/** The few JSON messages the dev server sends its reload script; strings escaped per RFC 8259. */
final class Json {
    private Json() {}

    static String build(String id) {
        return "{\"build\":" + string(id) + "}";
    }

    /** Every diagnostic of a failed build, for the page's overlay (which shows them as text, never as HTML). */
    static String problems(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        String list = diagnostics.stream().map(d -> "{\"severity\":" + string(d.severity().label())
                + ",\"location\":" + string(d.location()) + ",\"message\":" + string(d.message())
                + ",\"hint\":" + string(d.hint()) + "}").collect(Collectors.joining(","));
        return "{\"errors\":" + errors + ",\"warnings\":" + (diagnostics.size() - errors) + ",\"diagnostics\":["
                + list + "]}";
    }

    static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // '<' escaped too: the text can never close a script element, wherever it ends up.
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
