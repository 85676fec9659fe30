package dev.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code handbook completion}: the script it prints, loaded into a real bash as a user's shell loads it,
 * completes commands, options and option values (issue 18).
 */
class CompletionTest {
    @TempDir
    Path dir;

    private Path script;

    private static String print(String shell) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, HandbookCommand.execute(new PrintWriter(out), new PrintWriter(err), "completion", shell));
        assertEquals("", err.toString());
        return out.toString();
    }

    @BeforeEach
    void writeScript() throws IOException {
        script = Files.writeString(dir.resolve("handbook.bash"), print("bash"), StandardCharsets.UTF_8);
    }

    /**
     * What bash offers when TAB is pressed after {@code words} (the last one is being typed, maybe empty):
     * the function the script registered for {@code handbook} fills COMPREPLY, as bash's own completion calls it.
     */
    private List<String> complete(String... words) throws IOException, InterruptedException {
        String line = String.join(" ", words);
        String program = "source " + quote(script.toString()) + "\n"
                + "function=$(complete -p handbook | sed -E 's/.* -F ([^ ]+) .*/\\1/')\n"
                + "COMP_WORDS=(" + Arrays.stream(words).map(CompletionTest::quote).collect(Collectors.joining(" "))
                + ")\n"
                + "COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE=" + quote(line) + "\n"
                + "COMP_POINT=" + line.length() + "\n"
                + "\"$function\" handbook " + quote(words[words.length - 1]) + " " + quote(words[words.length - 2])
                + "\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        // Outside bash's own completion, compopt (which only tunes how bash shows the words) complains on
        // standard error; the words are on standard output.
        Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", program).directory(dir.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, bash.exitValue(), output + Files.readString(dir.resolve("stderr.txt")));
        return output.lines().filter(l -> !l.isEmpty()).toList();
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    @Test
    void completesACommand() throws Exception {
        assertEquals(List.of("build"), complete("handbook", "bu"));
        assertEquals(List.of("check", "completion"), complete("handbook", "c"));
    }

    @Test
    void completesACommandsOptions() throws Exception {
        assertEquals(List.of("--out"), complete("handbook", "build", "--ou"));
        assertEquals(List.of("--port"), complete("handbook", "serve", "--po"));
        assertEquals(List.of("--unsafe"), complete("handbook", "render", "--u"));
    }

    @Test
    void completesTheScaffoldingCommandsAndTheirSubcommands() throws Exception {
        assertEquals(List.of("init"), complete("handbook", "in"));
        assertEquals(List.of("--force"), complete("handbook", "init", "--fo"));
        assertEquals(List.of("phase"), complete("handbook", "new", "ph"));
        assertEquals(List.of("--part"), complete("handbook", "new", "phase", "--pa"));
        assertEquals(List.of("export"), complete("handbook", "theme", "ex"));
    }

    @Test
    void completesTheValuesOfAChoice() throws Exception {
        assertEquals(List.of("text", "github"), complete("handbook", "check", "--format", ""));
        assertEquals(List.of("bash", "zsh"), complete("handbook", "completion", ""));
    }

    @Test
    void zshGetsTheSameScriptWhichLoadsZshsBashCompletionFirst() {
        String zsh = print("zsh");
        assertEquals(print("bash"), zsh);
        assertTrue(zsh.contains("bashcompinit"), "under zsh the script turns on zsh's emulation of bash completion");
    }
}
