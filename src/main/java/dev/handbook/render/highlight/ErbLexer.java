package dev.handbook.render.highlight;

/**
 * ERB: HTML with Ruby between {@code <%} and {@code %>}. Each side is lexed by its own lexer, which carries
 * its state across the other's pieces (an HTML attribute value interrupted by {@code <%= id %>} goes on
 * after it). {@code <%#} opens a comment.
 */
final class ErbLexer implements Lexer {
    private final RstaLexer html;
    private final RstaLexer ruby;

    ErbLexer(RstaLexer html, RstaLexer ruby) {
        this.html = html;
        this.ruby = ruby;
    }

    @Override
    public void lex(String code, Spans out) {
        int htmlState = 0;
        int rubyState = 0;
        int at = 0;
        while (at < code.length()) {
            int open = code.indexOf("<%", at);
            if (open < 0) {
                html.lex(code, at, code.length(), htmlState, out);
                return;
            }
            htmlState = html.lex(code, at, open, htmlState, out);
            int close = code.indexOf("%>", open + 2);
            int end = close < 0 ? code.length() : close + 2;
            if (code.startsWith("<%#", open)) {
                out.token(TokenClass.COMMENT, code, open, end);
            } else {
                int bodyStart = open + (code.startsWith("<%=", open) || code.startsWith("<%-", open) ? 3 : 2);
                int bodyEnd = close < 0 ? end : close;
                if (bodyEnd > bodyStart && code.charAt(bodyEnd - 1) == '-') {
                    bodyEnd--; // -%> trims the line's end
                }
                out.token(TokenClass.META, code, open, bodyStart);
                rubyState = ruby.lex(code, bodyStart, bodyEnd, rubyState, out);
                out.token(TokenClass.META, code, bodyEnd, end);
            }
            at = end;
        }
    }
}
