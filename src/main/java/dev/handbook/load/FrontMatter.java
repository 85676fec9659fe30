package dev.handbook.load;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import java.util.Optional;

/**
 * Splits a Markdown file into its YAML front matter (between two {@code ---} lines at the top) and its
 * body, remembering on which line each starts.
 *
 * @param yaml      the front matter text, without the fences
 * @param yamlLine  1-based line of the first front matter line
 * @param body      the Markdown after the closing fence
 * @param bodyLine  1-based line of the body's first line
 */
record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    static Optional<FrontMatter> split(String text, String file, Diagnostics diagnostics) {
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            diagnostics.error(new SourcePosition(file, 1, 1), "missing front matter",
                    "start the file with a '---' line, then 'title: ...', then another '---' line");
            return Optional.empty();
        }
        int line = 2;
        int index = 4;
        while (index <= text.length()) {
            int end = text.indexOf('\n', index);
            String current = end < 0 ? text.substring(index) : text.substring(index, end);
            if (current.equals("---") || current.equals("...")) {
                String yaml = text.substring(4, index);
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(yaml, 2, body, line + 1));
            }
            if (end < 0) {
                break;
            }
            index = end + 1;
            line++;
        }
        diagnostics.error(new SourcePosition(file, 1, 1), "front matter is not closed",
                "add a line with only '---' after the front matter");
        return Optional.empty();
    }
}
