package dev.handbook.render.highlight;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shell session: lines that start with a prompt ({@code $}, {@code #} or {@code %} and a space, maybe
 * after {@code user@host:dir}) are commands, lexed as shell; the lines a command continues onto (after a
 * trailing backslash, with or without a {@code >} prompt) too; every other line is output. The command is
 * its own span ({@code hl-cmd}), so the copy button can copy the commands alone, without prompts or output.
 */
final class ConsoleLexer implements Lexer {
    private static final Pattern PROMPT = Pattern.compile(
            "(?:\\[[^\\]\\n]*\\]|[\\w.-]+@[\\w.-]+(?::[^\\s$#%]*)?)?[$#%](?: |$)");
    private static final Pattern CONTINUATION = Pattern.compile("> ?");

    private final RstaLexer shell;

    ConsoleLexer(RstaLexer shell) {
        this.shell = shell;
    }

    @Override
    public void lex(String code, Spans out) {
        boolean continues = false;
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.text("\n");
            }
            String line = lines[i];
            Matcher prompt = (continues ? CONTINUATION : PROMPT).matcher(line);
            boolean command = prompt.lookingAt() || continues;
            if (command) {
                int promptEnd = prompt.lookingAt() ? prompt.end() : 0;
                out.token(TokenClass.PROMPT, line, 0, promptEnd);
                out.open(TokenClass.COMMAND);
                shell.lex(line, promptEnd, line.length(), 0, out);
                out.end();
                continues = line.endsWith("\\");
            } else {
                out.token(TokenClass.OUTPUT, line);
            }
        }
    }
}
