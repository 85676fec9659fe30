package dev.handbook.serve;

import dev.handbook.diag.Diagnostic;
import dev.handbook.render.JsonText;
import java.util.List;
import java.util.stream.Collectors;

/** The few JSON messages the dev server sends its reload script; strings escaped per RFC 8259. */
final class Json {
    private Json() {}

    static String build(String id) {
        return "{\"build\":" + JsonText.quote(id) + "}";
    }

    /** Every diagnostic of a failed build, for the page's overlay (which shows them as text, never as HTML). */
    static String problems(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        String list = diagnostics.stream().map(d -> "{\"severity\":" + JsonText.quote(d.severity().label())
                + ",\"location\":" + JsonText.quote(d.location()) + ",\"message\":" + JsonText.quote(d.message())
                + ",\"hint\":" + JsonText.quote(d.hint()) + "}").collect(Collectors.joining(","));
        return "{\"errors\":" + errors + ",\"warnings\":" + (diagnostics.size() - errors) + ",\"diagnostics\":["
                + list + "]}";
    }
}
