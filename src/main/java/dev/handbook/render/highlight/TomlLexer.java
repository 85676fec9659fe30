package dev.handbook.render.highlight;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * TOML (Cargo.toml, rust-toolchain.toml): table headers, keys, strings of all four kinds, numbers, dates
 * and booleans. RSyntaxTextArea has no TOML lexer, and its INI lexer takes arrays for table headers.
 */
final class TomlLexer implements Lexer {
    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(?:0x[0-9A-Fa-f_]+|0o[0-7_]+|0b[01_]+|inf|nan|\\d[\\d_]*(?:\\.[\\d_]+)?(?:[eE][+-]?\\d+)?"
                    + "(?:[-:]\\d[\\d:.\\-]*(?:[T ]\\d[\\d:.]*)?(?:Z|[+-]\\d\\d:\\d\\d)?)?)");

    @Override
    public void lex(String code, Spans out) {
        Scanner s = new Scanner(code);
        Deque<Character> open = new ArrayDeque<>(); // '[' arrays and '{' inline tables we are inside
        boolean keyNext = true; // at a line's start outside arrays, or after '{' or ',' in an inline table
        while (!s.done()) {
            char c = s.peek();
            int start = s.at;
            if (c == '\n') {
                keyNext = open.isEmpty();
                s.at++;
                out.text("\n");
            } else if (c == ' ' || c == '\t' || c == '\r') {
                s.at++;
                out.text(code, start, s.at);
            } else if (c == '#') {
                s.at = s.lineEnd();
                out.token(TokenClass.COMMENT, code, start, s.at);
            } else if (c == '[' && open.isEmpty() && s.atLineStart()) {
                s.at = header(s);
                out.token(TokenClass.META, code, start, s.at);
                keyNext = false;
            } else if (c == '"' || c == '\'') {
                s.at = string(s, c);
                boolean key = keyNext && isKeyEnd(s);
                out.token(key ? TokenClass.KEY : TokenClass.STRING, code, start, s.at);
            } else if (keyNext && isBare(c)) {
                s.at = s.run(TomlLexer::isBare);
                out.token(TokenClass.KEY, code, start, s.at);
            } else if (c == '=') {
                keyNext = false;
                s.at++;
                out.text(code, start, s.at);
            } else if (c == '[' || c == '{') {
                open.push(c);
                keyNext = c == '{';
                s.at++;
                out.text(code, start, s.at);
            } else if (c == ']' || c == '}') {
                open.poll();
                s.at++;
                out.text(code, start, s.at);
            } else if (c == ',') {
                keyNext = !open.isEmpty() && open.peek() == '{';
                s.at++;
                out.text(code, start, s.at);
            } else if (c == '.' && keyNext) {
                s.at++;
                out.text(code, start, s.at);
            } else {
                value(s, out);
            }
        }
    }

    /** A bare word in value position: a boolean, a number or date, or (invalid TOML) plain text. */
    private static void value(Scanner s, Spans out) {
        int start = s.at;
        int end = s.run(c -> isBare(c) || c == '.' || c == ':' || c == '+');
        String word = s.code.substring(start, end);
        s.at = end;
        if (word.equals("true") || word.equals("false")) {
            out.token(TokenClass.LITERAL, word);
        } else if (NUMBER.matcher(word).matches()) {
            out.token(TokenClass.NUMBER, word);
        } else if (end > start) {
            out.text(word);
        } else {
            s.at++;
            out.text(s.code, start, s.at);
        }
    }

    private static int header(Scanner s) {
        int close = s.code.indexOf(']', s.at);
        int end = s.lineEnd();
        if (close < 0 || close > end) {
            return end;
        }
        return close + 1 < end && s.code.charAt(close + 1) == ']' ? close + 2 : close + 1;
    }

    /** The end of a string at the cursor: basic or literal, on one line or, tripled, over several. */
    private static int string(Scanner s, char quote) {
        String triple = String.valueOf(quote).repeat(3);
        if (s.startsWith(triple)) {
            int close = s.code.indexOf(triple, s.at + 3);
            while (quote == '"' && close > 0 && escaped(s.code, close)) {
                close = s.code.indexOf(triple, close + 1);
            }
            if (close < 0) {
                return s.code.length();
            }
            int end = close + 3;
            while (end < s.code.length() && s.code.charAt(end) == quote) {
                end++; // up to two quotes may close the content: """a""""" is a"" in quotes
            }
            return end;
        }
        return s.quoted(quote, quote == '"');
    }

    private static boolean escaped(String code, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && code.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Whether a quoted word just read is a key: followed by '=' or '.' (a dotted key). */
    private static boolean isKeyEnd(Scanner s) {
        int i = s.at;
        while (i < s.code.length() && (s.code.charAt(i) == ' ' || s.code.charAt(i) == '\t')) {
            i++;
        }
        return i < s.code.length() && (s.code.charAt(i) == '=' || s.code.charAt(i) == '.');
    }

    private static boolean isBare(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }
}
