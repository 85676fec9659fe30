package dev.handbook.render.highlight;

/** A unified diff, line by line: file headers, hunk headers, added and removed lines. */
final class DiffLexer implements Lexer {
    private static final String[] HEADERS = {"diff ", "index ", "Index: ", "new file", "deleted file", "similarity ",
        "rename ", "old mode", "new mode", "Only in ", "Binary files"};

    @Override
    public void lex(String code, Spans out) {
        boolean inHunk = false;
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.text("\n");
            }
            String line = lines[i];
            TokenClass kind;
            if (line.startsWith("@@")) {
                kind = TokenClass.META;
                inHunk = true;
            } else if (!inHunk && (line.startsWith("--- ") || line.startsWith("+++ ") || isHeader(line))) {
                kind = TokenClass.COMMENT;
            } else if (isHeader(line)) {
                kind = TokenClass.COMMENT;
                inHunk = false;
            } else if (line.startsWith("+") || line.startsWith(">")) {
                kind = TokenClass.ADDITION;
            } else if (line.startsWith("-") || line.startsWith("<")) {
                kind = TokenClass.DELETION;
            } else if (line.startsWith("\\")) {
                kind = TokenClass.COMMENT;
            } else {
                kind = null;
            }
            out.token(kind, line);
        }
    }

    private static boolean isHeader(String line) {
        for (String header : HEADERS) {
            if (line.startsWith(header)) {
                return true;
            }
        }
        return false;
    }
}
