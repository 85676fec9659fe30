package dev.handbook.render.highlight;

import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenTypes;
import org.fife.ui.rsyntaxtextarea.modes.CTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CPlusPlusTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CSSTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CSharpTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.DockerTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.GoTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.HTMLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.IniTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JshintrcTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JsonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.KotlinTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.LessTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.MarkdownTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PropertiesFileTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PythonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.RubyTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.RustTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.SQLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.TypeScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.UnixShellTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.XMLTokenMaker;

/**
 * A language lexed by one of RSyntaxTextArea's token makers: JFlex-generated scanners, line by line, the
 * state at a line's end carried into the next (a comment or string left open). A token maker keeps state
 * between calls, so each block gets a new one: that keeps the lexer safe to share and costs no more than
 * a small object (the scanner's tables are static, built once per language).
 */
final class RstaLexer implements Lexer {
    private final String tokenMaker;

    /** @param tokenMaker the token maker's class name without "TokenMaker", e.g. "Rust" */
    RstaLexer(String tokenMaker) {
        this.tokenMaker = tokenMaker;
    }

    @Override
    public void lex(String code, Spans out) {
        lex(code, 0, code.length(), TokenTypes.NULL, out);
    }

    /**
     * Lexes {@code code[start, end)} starting in {@code state}, and returns the state at its end (for a
     * caller that lexes a language in pieces, like ERB's Ruby).
     */
    int lex(String code, int start, int end, int state, Spans out) {
        if (start == end) {
            return state;
        }
        TokenMaker maker = newMaker(tokenMaker);
        char[] chars = code.toCharArray();
        int lineStart = start;
        while (lineStart <= end) {
            int lineEnd = lineStart;
            while (lineEnd < end && chars[lineEnd] != '\n') {
                lineEnd++;
            }
            Token token = maker.getTokenList(new Segment(chars, lineStart, lineEnd - lineStart), state, lineStart);
            int last = TokenTypes.NULL;
            for (; token != null; token = token.getNextToken()) {
                last = token.getType();
                if (token.isPaintable()) {
                    int from = token.getTextOffset();
                    out.token(kind(last), code, from, from + token.length());
                }
            }
            state = last;
            if (lineEnd < end) {
                out.text("\n");
            }
            lineStart = lineEnd + 1;
        }
        return state;
    }

    /**
     * A new token maker: a switch, not a map of constructor references, so a build loads only the classes of
     * the languages its pages use (each reference would link and load its class up front).
     */
    private static TokenMaker newMaker(String name) {
        return switch (name) {
            case "C" -> new CTokenMaker();
            case "CPlusPlus" -> new CPlusPlusTokenMaker();
            case "CSS" -> new CSSTokenMaker();
            case "CSharp" -> new CSharpTokenMaker();
            case "Docker" -> new DockerTokenMaker();
            case "Go" -> new GoTokenMaker();
            case "HTML" -> new HTMLTokenMaker();
            case "Ini" -> new IniTokenMaker();
            case "Java" -> new JavaTokenMaker();
            case "JavaScript" -> new JavaScriptTokenMaker();
            case "Jshintrc" -> new JshintrcTokenMaker();
            case "Json" -> new JsonTokenMaker();
            case "Kotlin" -> new KotlinTokenMaker();
            case "Less" -> new LessTokenMaker();
            case "Markdown" -> new MarkdownTokenMaker();
            case "PropertiesFile" -> new PropertiesFileTokenMaker();
            case "Python" -> new PythonTokenMaker();
            case "Ruby" -> new RubyTokenMaker();
            case "Rust" -> new RustTokenMaker();
            case "SQL" -> new SQLTokenMaker();
            case "TypeScript" -> new TypeScriptTokenMaker();
            case "UnixShell" -> new UnixShellTokenMaker();
            case "XML" -> new XMLTokenMaker();
            default -> throw new IllegalArgumentException("no token maker " + name);
        };
    }

    /** RSyntaxTextArea's token types as our classes; null leaves a token plain. */
    static TokenClass kind(int type) {
        return switch (type) {
            case TokenTypes.COMMENT_EOL, TokenTypes.COMMENT_MULTILINE, TokenTypes.COMMENT_DOCUMENTATION,
                    TokenTypes.COMMENT_KEYWORD, TokenTypes.COMMENT_MARKUP, TokenTypes.MARKUP_COMMENT -> TokenClass.COMMENT;
            case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2 -> TokenClass.KEYWORD;
            case TokenTypes.FUNCTION -> TokenClass.FUNCTION;
            case TokenTypes.DATA_TYPE -> TokenClass.TYPE;
            case TokenTypes.LITERAL_BOOLEAN, TokenTypes.MARKUP_ENTITY_REFERENCE -> TokenClass.LITERAL;
            case TokenTypes.LITERAL_NUMBER_DECIMAL_INT, TokenTypes.LITERAL_NUMBER_FLOAT,
                    TokenTypes.LITERAL_NUMBER_HEXADECIMAL -> TokenClass.NUMBER;
            case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE, TokenTypes.LITERAL_CHAR, TokenTypes.LITERAL_BACKQUOTE,
                    TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE, TokenTypes.ERROR_STRING_DOUBLE -> TokenClass.STRING;
            case TokenTypes.REGEX -> TokenClass.REGEXP;
            case TokenTypes.VARIABLE -> TokenClass.VARIABLE;
            case TokenTypes.ANNOTATION, TokenTypes.PREPROCESSOR, TokenTypes.MARKUP_DTD,
                    TokenTypes.MARKUP_PROCESSING_INSTRUCTION, TokenTypes.MARKUP_CDATA_DELIMITER -> TokenClass.META;
            case TokenTypes.MARKUP_TAG_NAME, TokenTypes.MARKUP_TAG_DELIMITER -> TokenClass.TAG;
            case TokenTypes.MARKUP_TAG_ATTRIBUTE -> TokenClass.ATTRIBUTE;
            default -> null;
        };
    }
}
