package dev.handbook.render.highlight;

import java.util.regex.Pattern;

/**
 * YAML (CI workflows, configuration): keys, quoted strings, block scalars, numbers, booleans and null,
 * anchors, aliases, tags and comments. RSyntaxTextArea's YAML lexer marks only comments and quotes.
 */
final class YamlLexer implements Lexer {
    private static final Pattern NUMBER = Pattern.compile(
            "[-+]?(?:\\d[\\d_]*(?:\\.\\d*)?(?:[eE][-+]?\\d+)?|\\.\\d+|0x[0-9A-Fa-f]+|0o[0-7]+|\\.inf|\\.Inf|\\.nan)");
    private static final Pattern LITERAL = Pattern.compile("true|false|True|False|TRUE|FALSE|null|Null|NULL|~");
    private static final Pattern BLOCK_SCALAR = Pattern.compile("[|>][-+0-9]*");

    @Override
    public void lex(String code, Spans out) {
        Scanner s = new Scanner(code);
        int blockIndent = -1; // lines indented more than this belong to a block scalar (| or >)
        while (!s.done()) {
            int lineEnd = s.lineEnd();
            int indent = s.run(c -> c == ' ');
            boolean blank = indent == lineEnd;
            if (blockIndent >= 0 && (blank || indent - s.at > blockIndent)) {
                out.token(TokenClass.STRING, code, s.at, lineEnd);
            } else {
                blockIndent = line(s, lineEnd, indent - s.at, out);
            }
            s.at = lineEnd;
            if (!s.done()) {
                out.text("\n");
                s.at++;
            }
        }
    }

    /** One line that is not in a block scalar; returns the indentation a block scalar it opens is deeper than. */
    private static int line(Scanner s, int lineEnd, int indent, Spans out) {
        String code = s.code;
        out.text(code, s.at, s.at + indent);
        s.at += indent;
        if (indent == 0 && (s.startsWith("---") || s.startsWith("...") || s.startsWith("%"))) {
            out.token(TokenClass.META, code, s.at, lineEnd);
            return -1;
        }
        int opened = -1;
        while (s.at < lineEnd) {
            char c = s.peek();
            int start = s.at;
            if (c == '#' && (start == 0 || Character.isWhitespace(code.charAt(start - 1)))) {
                out.token(TokenClass.COMMENT, code, start, lineEnd);
                s.at = lineEnd;
            } else if (c == '"' || c == '\'') {
                s.at = s.quoted(c, c == '"');
                out.token(isKey(s, lineEnd) ? TokenClass.KEY : TokenClass.STRING, code, start, s.at);
            } else if ((c == '&' || c == '*') && s.at + 1 < lineEnd && !Character.isWhitespace(s.peek(1))) {
                s.at = word(s, lineEnd);
                out.token(TokenClass.VARIABLE, code, start, s.at);
            } else if (c == '!') {
                s.at = word(s, lineEnd);
                out.token(TokenClass.META, code, start, s.at);
            } else if (" \t-?:,[]{}".indexOf(c) >= 0) {
                s.at++;
                out.text(code, start, s.at);
            } else {
                s.at = scalar(s, lineEnd);
                String text = code.substring(start, s.at);
                if (isKey(s, lineEnd)) {
                    out.token(TokenClass.KEY, text);
                } else if (BLOCK_SCALAR.matcher(text).matches()) {
                    out.token(TokenClass.META, text);
                    opened = indent;
                } else {
                    out.token(LITERAL.matcher(text).matches() ? TokenClass.LITERAL
                            : NUMBER.matcher(text).matches() ? TokenClass.NUMBER : null, text);
                }
            }
        }
        return opened;
    }

    /** A plain scalar ends at ": ", " #", a flow indicator, or the line's end; trailing spaces are not in it. */
    private static int scalar(Scanner s, int lineEnd) {
        String code = s.code;
        int i = s.at;
        while (i < lineEnd) {
            char c = code.charAt(i);
            if (c == ':' && (i + 1 == lineEnd || code.charAt(i + 1) == ' ')) {
                break;
            }
            if (c == '#' && i > s.at && code.charAt(i - 1) == ' ') {
                break;
            }
            if (",[]{}".indexOf(c) >= 0) {
                break;
            }
            i++;
        }
        while (i > s.at && code.charAt(i - 1) == ' ') {
            i--;
        }
        return Math.max(i, s.at + 1);
    }

    private static int word(Scanner s, int lineEnd) {
        int i = s.at + 1;
        while (i < lineEnd && !Character.isWhitespace(s.code.charAt(i)) && ",[]{}".indexOf(s.code.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /** Whether what was just read is a mapping key: a ':' follows, then a space or the line's end. */
    private static boolean isKey(Scanner s, int lineEnd) {
        int i = s.at;
        while (i < lineEnd && s.code.charAt(i) == ' ') {
            i++;
        }
        return i < lineEnd && s.code.charAt(i) == ':' && (i + 1 == lineEnd || s.code.charAt(i + 1) == ' ');
    }
}
