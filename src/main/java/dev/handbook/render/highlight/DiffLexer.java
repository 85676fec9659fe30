package dev.handbook.render.highlight;

/** A unified diff, line by line: file headers, hunk headers, added and removed lines. */
final class DiffLexer implements Lexer {
    private static final String[] HEADERS = {"diff ", "index ", "Index: ", "new file", "deleted file", "similarity ",
        "rename ", "old mode", "new mode", "Only in ", "Binary files"};

    @Override
    public void lex(String code, Spans out) {
        boolean inHunk = false;
        int start = 0;
        while (start <= code.length()) {
            int end = code.indexOf('\n', start);
            if (end < 0) {
                end = code.length();
            }
            String line = code.substring(start, end);
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
            if (end < code.length()) {
                out.text("\n");
            }
            start = end + 1;
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
