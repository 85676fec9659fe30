package dev.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The argument parser: every option form against the real commands' tables, every usage error with its
 * exact message and exit code, and each command's help against src/test/resources/cli/help/ (rewritten
 * with {@code -Dhandbook.bless=true}; read the diff).
 */
class ArgsTest {
    static final Path HELP = Path.of("src/test/resources/cli/help");
    static final boolean BLESS = Boolean.getBoolean("handbook.bless");

    private static Args parse(CommandSyntax syntax, String... args) throws UsageException {
        return new ArgParser(syntax).parse(List.of(args));
    }

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), args);
    }

    private static Run run(InputStream in, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HandbookCommand.execute(in, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    // Option forms

    @Test
    void aValueFollowsAnEqualsSignOrComesAsTheNextArgument() throws UsageException {
        assertEquals("out", parse(RenderCommand.SYNTAX, "--out=out").string(RenderCommand.OUT));
        assertEquals("out", parse(RenderCommand.SYNTAX, "--out", "out").string(RenderCommand.OUT));
        assertEquals("a=b", parse(RenderCommand.SYNTAX, "--out=a=b").string(RenderCommand.OUT),
                "only the first = separates");
        assertEquals("", parse(RenderCommand.SYNTAX, "--out=").string(RenderCommand.OUT), "an empty value is a value");
    }

    @Test
    void aSeparateValueMayStartWithADashUnlessItIsAnOptionOfTheCommand() throws UsageException {
        // --base -n reaches the check, which says that '-n' is no git revision (CheckBaseTest).
        assertEquals("-n", parse(CheckCommand.SYNTAX, "--base", "-n").string(CheckCommand.BASE));
        UsageException e = assertThrows(UsageException.class, () -> parse(CheckCommand.SYNTAX, "--base", "--out", "x"));
        assertEquals("--base needs a value: --base=REF or --base REF", e.getMessage());
    }

    @Test
    void absentOptionsReadAsTheirDefaults() throws UsageException {
        Args none = parse(ServeCommand.SYNTAX);
        assertEquals(8000, none.integer(ServeCommand.PORT));
        assertEquals(Path.of("content"), new SiteOptions(none).source);
        assertEquals(Path.of("site"), new SiteOptions(none).out);
        assertNull(new SiteOptions(none).templates);
        assertNull(new SiteOptions(none).baseUrl);
        assertEquals(0, parse(ServeCommand.SYNTAX, "--port", "0").integer(ServeCommand.PORT));
        assertEquals(65535, parse(ServeCommand.SYNTAX, "--port=65535").integer(ServeCommand.PORT));
    }

    @Test
    void theSiteOptionsAreSharedByBuildCheckAndServe() throws UsageException {
        for (CommandSyntax syntax : List.of(BuildCommand.SYNTAX, CheckCommand.SYNTAX, ServeCommand.SYNTAX)) {
            SiteOptions site = new SiteOptions(parse(syntax, "--source", "src", "--templates=tpl", "--out", "o",
                    "--base-url=https://x.example/"));
            assertEquals(Path.of("src"), site.source);
            assertEquals(Path.of("tpl"), site.templates);
            assertEquals(Path.of("o"), site.out);
            assertEquals("https://x.example/", site.baseUrl);
        }
    }

    @Test
    void aChoiceIsAcceptedInAnyCase() throws UsageException {
        assertEquals("GitHub", parse(CheckCommand.SYNTAX, "--format", "GitHub").string(CheckCommand.FORMAT));
        assertEquals("text", parse(CheckCommand.SYNTAX, "--format=text").string(CheckCommand.FORMAT));
    }

    @Test
    void flagsAreOnWhenNamedAndMayBeSpelledOut() throws UsageException {
        assertFalse(parse(RenderCommand.SYNTAX).flag(RenderCommand.UNSAFE));
        assertTrue(parse(RenderCommand.SYNTAX, "--unsafe").flag(RenderCommand.UNSAFE));
        assertTrue(parse(RenderCommand.SYNTAX, "--unsafe=TRUE").flag(RenderCommand.UNSAFE));
        assertFalse(parse(RenderCommand.SYNTAX, "--unsafe=false").flag(RenderCommand.UNSAFE));
    }

    @Test
    void positionalArgumentsMixWithOptionsAndDoubleDashEndsTheOptions() throws UsageException {
        Args args = parse(RenderCommand.SYNTAX, "a.md", "--out", "d", "b.md", "-", "--", "--unsafe", "-x.md");
        assertEquals(List.of("a.md", "b.md", "-", "--unsafe", "-x.md"), args.positionals());
        assertFalse(args.flag(RenderCommand.UNSAFE));
        assertEquals("d", args.string(RenderCommand.OUT));
    }

    @Test
    void helpAndVersionByNameAliasOrClusterWinOverOtherMistakes() throws UsageException {
        for (String help : List.of("--help", "-h", "-hV", "-Vh")) {
            assertTrue(parse(BuildCommand.SYNTAX, "--nope", help, "extra").wantsHelp(), help);
        }
        assertTrue(parse(BuildCommand.SYNTAX, "--version").wantsVersion());
        assertTrue(parse(BuildCommand.SYNTAX, "-V").wantsVersion());
        assertFalse(parse(RenderCommand.SYNTAX, "--", "--help").wantsHelp(), "after -- it is a file name");
        assertEquals("unknown option '-V'", assertThrows(UsageException.class,
                () -> parse(HelpCommand.SYNTAX, "-V")).getMessage(), "help has no --version");
    }

    // Usage errors: exact message, hint, exit code 2, nothing on standard output

    static Stream<Arguments> usageErrors() {
        String commands = "run 'handbook --help' for the commands";
        return Stream.of(
                Arguments.of(List.of(), "missing command: build, check, render or serve", commands),
                Arguments.of(List.of("frobnicate"), "unknown command 'frobnicate'", commands),
                Arguments.of(List.of("biuld"), "unknown command 'biuld' (did you mean build?)", commands),
                Arguments.of(List.of("--nope", "build"), "unknown option '--nope'", commands),
                Arguments.of(List.of("help", "chekc"), "unknown command 'chekc' (did you mean check?)", commands),
                Arguments.of(List.of("build", "--nope"), "unknown option '--nope'", hint("build")),
                Arguments.of(List.of("build", "--otu", "x"), "unknown option '--otu' (did you mean --out?)",
                        hint("build")),
                Arguments.of(List.of("build", "-out", "x"), "unknown option '-out' (did you mean --out?)",
                        hint("build")),
                Arguments.of(List.of("check", "--bse=main"), "unknown option '--bse' (did you mean --base?)",
                        hint("check")),
                Arguments.of(List.of("build", "-x"), "unknown option '-x'", hint("build")),
                Arguments.of(List.of("build", "--out"), "--out needs a value: --out=DIR or --out DIR", hint("build")),
                Arguments.of(List.of("check", "--base", "--format", "text"),
                        "--base needs a value: --base=REF or --base REF", hint("check")),
                Arguments.of(List.of("serve", "--port", "abc"),
                        "--port must be a whole number from 0 to 65535, not 'abc'", hint("serve")),
                Arguments.of(List.of("serve", "--port=65536"),
                        "--port must be a whole number from 0 to 65535, not '65536'", hint("serve")),
                Arguments.of(List.of("serve", "--port", "-1"),
                        "--port must be a whole number from 0 to 65535, not '-1'", hint("serve")),
                Arguments.of(List.of("check", "--format", "xml"), "--format must be text or github, not 'xml'",
                        hint("check")),
                Arguments.of(List.of("build", "--source=a", "--source", "b"), "--source is given twice; give it once",
                        hint("build")),
                Arguments.of(List.of("render", "--unsafe=maybe"), "--unsafe takes no value, not 'maybe'",
                        hint("render")),
                Arguments.of(List.of("build", "extra"),
                        "unexpected argument 'extra': handbook build takes only options", hint("build")),
                Arguments.of(List.of("help", "build", "extra"),
                        "unexpected argument 'extra': handbook help takes one COMMAND", hint("help")),
                Arguments.of(List.of("render", "--out", "d"),
                        "--out DIR needs FILE arguments; without them the HTML goes to standard output",
                        hint("render")),
                Arguments.of(List.of("render", "a.md", "b.md"), "several files need --out DIR", hint("render")));
    }

    private static String hint(String command) {
        return "run 'handbook " + command + " --help' for the options";
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void aUsageErrorSaysWhatIsWrongAndWhereTheHelpIs(List<String> args, String message, String hint) {
        Run run = run(args.toArray(String[]::new));
        assertEquals("handbook: " + message + "\n" + hint + "\n", run.err);
        assertEquals(2, run.code);
        assertEquals("", run.out);
    }

    // Help and version

    @ParameterizedTest
    @ValueSource(strings = {"handbook", "build", "check", "serve", "render", "help"})
    void helpMatchesItsGoldenFile(String command) throws IOException {
        Run run = command.equals("handbook") ? run("--help") : run(command, "--help");
        assertEquals(0, run.code);
        assertEquals("", run.err);
        Path expected = HELP.resolve(command + ".txt");
        if (BLESS) {
            Files.createDirectories(HELP);
            Files.writeString(expected, run.out, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expected), "missing " + expected + " (run with -Dhandbook.bless=true)");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), run.out, expected.toString());
        assertTrue(run.out.lines().allMatch(l -> l.length() <= HelpText.WIDTH && !l.endsWith(" ")), run.out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "check", "serve", "render", "help"})
    void everyWayOfAskingGivesTheSameHelp(String command) {
        String help = run(command, "--help").out;
        assertEquals(help, run(command, "-h").out);
        assertEquals(help, run("help", command).out);
        assertEquals(run("--help").out, run("help").out);
        assertEquals(run("--help").out, run("-h", command).out, "options before the command are the top level's");
    }

    @Test
    void helpListsEveryOptionOfTheTableWithItsDefault() {
        for (CommandSyntax syntax : List.of(BuildCommand.SYNTAX, CheckCommand.SYNTAX, ServeCommand.SYNTAX,
                RenderCommand.SYNTAX)) {
            String help = run(syntax.name(), "--help").out;
            for (Option option : syntax.options()) {
                assertTrue(help.contains("[" + option.synopsis() + "]") || option.shortName() != null,
                        syntax.name() + " usage lacks " + option.name());
                assertTrue(help.contains(option.synopsis() + "   "), syntax.name() + " lacks " + option.name());
            }
        }
        assertTrue(run("serve", "--help").out.contains("--port=N          The port (default: 8000;"));
    }

    @Test
    void versionFromAnyCommand() {
        String expected = "handbook " + Version.get() + "\n";
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"--version", "build"},
                new String[] {"build", "--version"}, new String[] {"render", "-V", "a.md", "b.md"})) {
            Run run = run(args);
            assertEquals(new Run(0, expected, ""), run, String.join(" ", args));
        }
        assertFalse(Version.get().equals("unknown"), "Maven stamps the version into the classes");
    }

    // A bug, unlike a mistake, is reported with its stack trace and exit code 70

    @Test
    void aBugIsAnInternalErrorWithAStackTrace() {
        InputStream broken = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("simulated bug");
            }
        };
        Run run = run(broken, "render");
        assertEquals(ExitCodes.INTERNAL, run.code);
        assertTrue(run.err.startsWith("handbook: internal error (please report it with this output):\n"
                + "java.lang.IllegalStateException: simulated bug\n\tat "), run.err);
    }
}
