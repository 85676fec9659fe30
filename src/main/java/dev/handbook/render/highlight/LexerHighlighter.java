package dev.handbook.render.highlight;

/** The {@link Highlighter} the renderer uses: a lexer per language, chosen by {@link Languages}. */
public final class LexerHighlighter implements Highlighter {
    private final Languages languages = new Languages();

    @Override
    public String highlight(String language, String code) {
        Lexer lexer = languages.lexer(language);
        if (lexer == null) {
            return null;
        }
        Spans out = new Spans(code.length());
        lexer.lex(code, out);
        return out.toString();
    }

    @Override
    public boolean knows(String language) {
        return languages.lexer(language) != null;
    }
}
