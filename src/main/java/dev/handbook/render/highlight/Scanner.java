package dev.handbook.render.highlight;

/** A cursor over code for the hand-written lexers: where it is, and small tests of what comes next. */
final class Scanner {
    final String code;
    int at;

    Scanner(String code) {
        this.code = code;
    }

    boolean done() {
        return at >= code.length();
    }

    char peek() {
        return at < code.length() ? code.charAt(at) : '\0';
    }

    char peek(int ahead) {
        return at + ahead < code.length() ? code.charAt(at + ahead) : '\0';
    }

    boolean startsWith(String s) {
        return code.startsWith(s, at);
    }

    /** The end of the current line (the index of its line feed, or the code's end). */
    int lineEnd() {
        int nl = code.indexOf('\n', at);
        return nl < 0 ? code.length() : nl;
    }

    /** Whether only spaces and tabs stand between the line's start and the cursor. */
    boolean atLineStart() {
        for (int i = at - 1; i >= 0; i--) {
            char c = code.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The end of a quoted string that starts at the cursor, with backslash escapes or not; within the line. */
    int quoted(char quote, boolean escapes) {
        int end = lineEnd();
        for (int i = at + 1; i < end; i++) {
            char c = code.charAt(i);
            if (escapes && c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
        return end;
    }

    /** The end of a run of characters that {@code test} accepts, from the cursor. */
    int run(CharTest test) {
        int i = at;
        while (i < code.length() && test.accepts(code.charAt(i))) {
            i++;
        }
        return i;
    }

    interface CharTest {
        boolean accepts(char c);
    }
}
