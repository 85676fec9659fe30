package dev.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command line as picocli parses it with our models: every option form against the real commands,
 * every usage error with its exact message and exit code, and each command's help against
 * src/test/resources/cli/help/ (rewritten with {@code -Dhandbook.bless=true}; read the diff).
 */
class CommandLineTest {
    static final Path HELP = Path.of("src/test/resources/cli/help");
    static final boolean BLESS = Boolean.getBoolean("handbook.bless");
    /** Wide enough for a default terminal, short enough to read: picocli's default usage width. */
    static final int WIDTH = 80;

    /** The subcommand that {@code args} call, after parsing: its options hold the values the command reads. */
    private static CommandSpec parse(String... args) {
        ParseResult parsed = HandbookCommand.commandLine(InputStream.nullInputStream(), args).parseArgs(args);
        return parsed.subcommand().commandSpec();
    }

    private static <T> T value(CommandSpec command, String option) {
        return command.findOption(option).getValue();
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
    void aValueFollowsAnEqualsSignOrComesAsTheNextArgument() {
        assertEquals(Path.of("out"), value(parse("render", "--out=out"), "--out"));
        assertEquals(Path.of("out"), value(parse("render", "--out", "out"), "--out"));
        assertEquals("a=b", value(parse("build", "--base-url=a=b"), "--base-url"), "only the first = separates");
        assertEquals("", value(parse("build", "--base-url="), "--base-url"), "an empty value is a value");
    }

    @Test
    void aSeparateValueMayStartWithADashUnlessItIsAnOptionOfTheCommand() {
        // --base -n reaches the check, which says that '-n' is no git revision (CheckBaseTest).
        assertEquals("-n", value(parse("check", "--base", "-n"), "--base"));
        Run run = run("check", "--base", "--out", "x");
        assertEquals(2, run.code);
        assertTrue(run.err.startsWith("handbook: --base needs a value: --base=REF or --base REF\n"), run.err);
    }

    @Test
    void absentOptionsReadAsTheirDefaults() {
        CommandSpec none = parse("serve");
        assertEquals(8000, (int) value(none, "--port"));
        assertEquals(Path.of("content"), value(none, "--source"));
        assertEquals(Path.of("site"), value(none, "--out"));
        assertNull(value(none, "--templates"));
        assertNull(value(none, "--base-url"));
        assertEquals(0, (int) value(parse("serve", "--port", "0"), "--port"));
        assertEquals(65535, (int) value(parse("serve", "--port=65535"), "--port"));
        assertEquals(80, (int) value(parse("serve", "--port=+80"), "--port"));
    }

    @Test
    void theSiteOptionsAreSharedByBuildCheckAndServe() {
        for (String command : List.of("build", "check", "serve")) {
            CommandSpec site = parse(command, "--source", "src", "--templates=tpl", "--out", "o",
                    "--base-url=https://x.example/");
            assertEquals(Path.of("src"), value(site, "--source"));
            assertEquals(Path.of("tpl"), value(site, "--templates"));
            assertEquals(Path.of("o"), value(site, "--out"));
            assertEquals("https://x.example/", value(site, "--base-url"));
        }
    }

    @Test
    void aChoiceIsAcceptedInAnyCase() {
        assertEquals(DiagnosticPrinter.Format.GITHUB, value(parse("check", "--format", "GitHub"), "--format"));
        assertEquals(DiagnosticPrinter.Format.TEXT, value(parse("check", "--format=text"), "--format"));
    }

    @Test
    void flagsAreOnWhenNamedAndMayBeSpelledOut() {
        assertNotEquals(Boolean.TRUE, value(parse("render"), "--unsafe"));
        assertEquals(Boolean.TRUE, value(parse("render", "--unsafe"), "--unsafe"));
        assertEquals(Boolean.TRUE, value(parse("render", "--unsafe=TRUE"), "--unsafe"));
        assertEquals(Boolean.FALSE, value(parse("render", "--unsafe=false"), "--unsafe"));
    }

    @Test
    void positionalArgumentsMixWithOptionsAndDoubleDashEndsTheOptions() {
        CommandSpec render = parse("render", "a.md", "--out", "d", "b.md", "-", "--", "--unsafe", "-x.md");
        assertEquals(Stream.of("a.md", "b.md", "-", "--unsafe", "-x.md").map(Path::of).toList(),
                render.positionalParameters().get(0).getValue());
        assertNotEquals(Boolean.TRUE, value(render, "--unsafe"));
        assertEquals(Path.of("d"), value(render, "--out"));
    }

    @Test
    void helpAndVersionByNameAliasOrClusterWinOverOtherMistakes() {
        String help = run("build", "--help").out;
        for (String asked : List.of("--help", "-h", "-hV", "-Vh")) {
            assertEquals(new Run(0, help, ""), run("build", "--nope", asked, "extra"), asked);
        }
        String version = "handbook " + Version.get() + "\n";
        assertEquals(new Run(0, version, ""), run("build", "--version"));
        assertEquals(new Run(0, version, ""), run("build", "-V"));
        assertEquals(List.of(Path.of("--help")),
                parse("render", "--", "--help").positionalParameters().get(0).getValue(), "after -- it is a file name");
        assertEquals("handbook: unknown option '-V'\nrun 'handbook help --help' for the options\n",
                run("help", "-V").err, "help has no --version");
    }

    @Test
    void aRunBuildsTheModelsOfOnlyTheCommandsItCanReach() {
        assertEquals(List.of("build"), reachable("build", "--out", "x"));
        assertEquals(List.of("serve"), reachable("serve", "--help"));
        assertEquals(List.of(), reachable("--version"));
        assertEquals(List.of(), reachable());
        for (String[] all : List.of(new String[] {"-h"}, new String[] {"-hV"}, new String[] {"-V", "--help"},
                new String[] {"-h", "build"}, new String[] {"--version", "build"}, new String[] {"biuld"},
                new String[] {"help", "build"}, new String[] {"completion", "bash"})) {
            assertEquals(HandbookCommand.NAMES, reachable(all), String.join(" ", all));
        }
    }

    private static List<String> reachable(String... args) {
        return List.copyOf(HandbookCommand.commandLine(InputStream.nullInputStream(), args).getSubcommands().keySet());
    }

    // Usage errors: exact message, hint, exit code 2, nothing on standard output

    static Stream<Arguments> usageErrors() {
        String commands = "run 'handbook --help' for the commands";
        return Stream.of(
                Arguments.of(List.of(), "missing command: build, check, completion, init, new, render, serve or theme",
                        commands),
                Arguments.of(List.of("frobnicate"), "unknown command 'frobnicate'", commands),
                Arguments.of(List.of("biuld"), "unknown command 'biuld' (did you mean build?)", commands),
                Arguments.of(List.of("--nope", "build"), "unknown option '--nope'", commands),
                Arguments.of(List.of("--nope"), "unknown option '--nope'", commands),
                Arguments.of(List.of("--versoin"), "unknown option '--versoin' (did you mean --version?)", commands),
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
                Arguments.of(List.of("render", "a.md", "b.md"), "several files need --out DIR", hint("render")),
                Arguments.of(List.of("render", "--out", "d", "a.md", "d/a.md"),
                        "two files would both be written to d/a.html; render them in separate runs", hint("render")),
                Arguments.of(List.of("completion"), "missing SHELL: bash or zsh", hint("completion")),
                Arguments.of(List.of("completion", "fish"), "SHELL must be bash or zsh, not 'fish'",
                        hint("completion")),
                Arguments.of(List.of("completion", "--shell"), "unknown option '--shell'", hint("completion")),
                Arguments.of(List.of("init", "a", "b"), "unexpected argument 'b': handbook init takes one DIR",
                        hint("init")),
                Arguments.of(List.of("new"), "missing what to add: phase", hint("new")),
                Arguments.of(List.of("new", "chapter"), "unknown command 'chapter'",
                        "run 'handbook new --help' for the options"),
                Arguments.of(List.of("new", "phase"), "missing TITLE", hint("new phase")),
                Arguments.of(List.of("new", "phase", "T", "--number", "x"), "--number must be a whole number from 0 to 999, not 'x'",
                        hint("new phase")),
                Arguments.of(List.of("theme"), "missing command: export", hint("theme")),
                Arguments.of(List.of("theme", "export"), "missing DIR", hint("theme export")));
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
    @ValueSource(strings = {"handbook", "build", "check", "serve", "init", "new", "theme", "render", "completion",
        "help"})
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
        assertTrue(run.out.lines().allMatch(l -> l.length() <= WIDTH && !l.endsWith(" ")), run.out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "check", "serve", "init", "new", "theme", "render", "completion", "help"})
    void everyWayOfAskingGivesTheSameHelp(String command) {
        String help = run(command, "--help").out;
        assertEquals(help, run(command, "-h").out);
        assertEquals(help, run("help", command).out);
        assertEquals(run("--help").out, run("help").out);
        assertEquals(run("--help").out, run("-h", command).out, "options before the command are the top level's");
    }

    @Test
    void helpListsEveryOptionOfTheModelWithItsDefault() {
        CommandLine top = HandbookCommand.commandLine(InputStream.nullInputStream(), "help");
        for (CommandLine command : top.getSubcommands().values()) {
            String name = command.getCommandName();
            String help = run(name, "--help").out;
            for (OptionSpec option : command.getCommandSpec().options()) {
                String synopsis = option.longestName() + (option.arity().max() == 0 ? "" : "=" + option.paramLabel());
                assertTrue(help.contains("[" + synopsis + "]") || option.shortestName().length() == 2,
                        name + " usage lacks " + synopsis);
                assertTrue(help.contains(synopsis + "   "), name + " lacks " + synopsis);
            }
        }
        assertTrue(run("serve", "--help").out
                .contains("--port=N          The port (default: 8000; 0 for any free port)."));
    }

    @Test
    void versionFromAnyCommand() {
        String expected = "handbook " + Version.get() + "\n";
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"},
                new String[] {"--version", "build"}, new String[] {"build", "--version"},
                new String[] {"render", "-V", "a.md", "b.md"})) {
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
