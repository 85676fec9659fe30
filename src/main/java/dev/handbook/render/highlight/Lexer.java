package dev.handbook.render.highlight;

/** Splits one language's code into tokens. Stateless: one instance serves every thread. */
interface Lexer {
    void lex(String code, Spans out);
}
