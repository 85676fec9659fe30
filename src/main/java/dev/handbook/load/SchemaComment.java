package dev.handbook.load;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code # yaml-language-server: $schema=...} comment that gives editors a file's JSON Schema (see
 * schemas/). It is optional, but when a file has one it must name the schema of its kind: a quiz's comment
 * copied into a checklist would make the editor flag correct keys while {@code check} accepts them.
 */
final class SchemaComment {
    static final String CHECKLIST = "checklist.schema.json";
    static final String QUIZ = "quiz.schema.json";
    static final String HANDBOOK = "handbook.schema.json";
    private static final Pattern COMMENT = Pattern.compile("^#\\s*yaml-language-server:\\s*\\$schema=(\\S+)",
            Pattern.MULTILINE);

    private SchemaComment() {}

    static void check(String text, String file, String expected, Diagnostics diagnostics) {
        if (!text.contains("yaml-language-server")) {
            return; // most files: the pattern below would scan every line for nothing
        }
        Matcher m = COMMENT.matcher(text);
        if (!m.find()) {
            return;
        }
        String named = m.group(1);
        String schema = named.substring(named.lastIndexOf('/') + 1);
        if (!schema.equals(expected)) {
            int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            diagnostics.warning(new SourcePosition(file, line, m.start(1) - m.start() + 1), "the schema comment"
                    + " names " + schema + ", but this file is checked as " + expected,
                    "point it at " + named.substring(0, named.length() - schema.length()) + expected
                            + ", so the editor checks what handbook check does");
        }
    }
}
