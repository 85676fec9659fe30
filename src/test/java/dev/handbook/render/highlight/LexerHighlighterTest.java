package dev.handbook.render.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The highlighter on real code: one block per language of golden/code-languages.md (the page the golden test
 * renders). Spans must come out for every language, the text must survive untouched, aliases must lex as
 * their language, and threads must not disturb each other.
 */
class LexerHighlighterTest {
    private static final Path PAGE = Path.of("src/test/resources/markdown/golden/code-languages.md");
    /** The languages issue 19 asks for, and the aliases it names. */
    private static final List<String> LANGUAGES = List.of("rust", "toml", "bash", "console", "yaml", "json",
            "javascript", "typescript", "jsx", "html", "xml", "css", "scss", "sql", "python", "ruby", "erb", "go",
            "java", "kotlin", "c", "cpp", "csharp", "dockerfile", "diff", "markdown", "ini");
    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("rs", "rust"),
            Map.entry("yml", "yaml"), Map.entry("js", "javascript"), Map.entry("ts", "typescript"),
            Map.entry("py", "python"), Map.entry("rb", "ruby"), Map.entry("sh", "bash"), Map.entry("shell", "bash"),
            Map.entry("shell-session", "console"), Map.entry("RUST", "rust"), Map.entry("Dockerfile", "dockerfile"),
            Map.entry("rust,ignore", "rust"), Map.entry("rust,no_run", "rust"));
    private static final Pattern SPAN = Pattern.compile("<span class=\"(hl-[a-z]+)\">");

    private static final Highlighter HIGHLIGHTER = new LexerHighlighter();
    private static Map<String, String> samples;

    @BeforeAll
    static void readSamples() throws IOException {
        samples = new LinkedHashMap<>();
        Parser.builder().build().parse(Files.readString(PAGE)).accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                samples.put(block.getInfo(), block.getLiteral());
            }
        });
        assertTrue(samples.keySet().containsAll(LANGUAGES), "a block per language in " + PAGE);
    }

    @Test
    void everyLanguageGetsTokenSpans() {
        for (String language : LANGUAGES) {
            String html = HIGHLIGHTER.highlight(language, samples.get(language));
            assertTrue(html != null && SPAN.matcher(html).find(), language + " has no token span: " + html);
            assertTrue(HIGHLIGHTER.knows(language), language);
        }
    }

    @Test
    void theTextSurvivesExactly() {
        for (Map.Entry<String, String> sample : samples.entrySet()) {
            String html = HIGHLIGHTER.highlight(sample.getKey(), sample.getValue());
            if (html != null) {
                assertEquals(sample.getValue(), text(html), sample.getKey() + ": spans removed, the code must be as written");
            }
        }
    }

    @Test
    void spansCloseOnTheirLine() {
        for (String language : LANGUAGES) {
            for (String line : HIGHLIGHTER.highlight(language, samples.get(language)).split("\n")) {
                assertEquals(count(line, "<span "), count(line, "</span>"), language + ": " + line);
            }
        }
    }

    @Test
    void aliasesLexAsTheirLanguage() {
        ALIASES.forEach((alias, language) -> assertEquals(HIGHLIGHTER.highlight(language, samples.get(language)),
                HIGHLIGHTER.highlight(alias, samples.get(language)), alias));
    }

    @Test
    void unknownLanguagesAreLeftToTheCaller() {
        assertNull(HIGHLIGHTER.highlight("brainfuck", "+++."));
        assertFalse(HIGHLIGHTER.knows("brainfuck"));
        assertTrue(HIGHLIGHTER.knows("text"));
        assertEquals("a &lt; b &amp;&amp; &quot;c&quot;\n", HIGHLIGHTER.highlight("text", "a < b && \"c\"\n"));
    }

    @Test
    void tokensGetTheClassesTheirLanguageMeans() {
        assertClasses("rust", "fn main() { let s = \"hi\"; } // done\n", "hl-kw:fn", "hl-kw:let", "hl-str:\"hi\"",
                "hl-com:// done");
        assertClasses("toml", "[package]\nname = \"demo\" # c\nlto = true\nfeatures = [\"a\"]\n[dependencies]\n"
                + "serde = { version = \"1\", default-features = false }\n", "hl-meta:[package]", "hl-key:name",
                "hl-str:\"demo\"", "hl-com:# c", "hl-lit:true", "hl-str:\"a\"", "hl-meta:[dependencies]",
                "hl-key:version", "hl-key:default-features", "hl-lit:false");
        assertClasses("yaml", "on:\n  push:\n    branches: [main] # c\n    run: |\n      cargo test\n"
                + "    n: 3\n", "hl-key:on", "hl-key:push", "hl-key:branches", "hl-com:# c", "hl-meta:|",
                "hl-str:      cargo test", "hl-key:n", "hl-num:3");
        assertClasses("diff", "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new\n", "hl-com:--- a/x", "hl-com:+++ b/x",
                "hl-meta:@@ -1 +1 @@", "hl-del:-old", "hl-add:+new");
        assertClasses("erb", "<p><%= @name if true %></p>", "hl-tag:<p>", "hl-meta:<%=", "hl-var:@name",
                "hl-kw:if", "hl-meta:%>");
    }

    @Test
    void consoleSessionsTellCommandsFromPromptsAndOutput() {
        String html = HIGHLIGHTER.highlight("console", "$ cargo build \\\n>   --release\n   Compiling x\n"
                + "user@host:~/x$ ls\n# apt install git\nDone: 100% # not a prompt\n");
        assertEquals(List.of("cargo build \\", "  --release", "ls", "apt install git"), commands(html));
        assertEquals(List.of("$ ", "> ", "user@host:~/x$ ", "# "), texts(html, "hl-prompt"));
        assertEquals(List.of("   Compiling x", "Done: 100% # not a prompt"), texts(html, "hl-out"));
    }

    @Test
    void sameOutputFromManyThreads() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        samples.forEach((language, code) -> expected.put(language, HIGHLIGHTER.highlight(language, code)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map<String, String>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> {
                    Map<String, String> got = new LinkedHashMap<>();
                    for (int round = 0; round < 20; round++) {
                        samples.forEach((language, code) -> got.put(language, HIGHLIGHTER.highlight(language, code)));
                    }
                    return got;
                }));
            }
            for (Future<Map<String, String>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertClasses(String language, String code, String... expected) {
        String html = HIGHLIGHTER.highlight(language, code);
        Set<String> got = new TreeSet<>();
        Matcher m = Pattern.compile("<span class=\"(hl-[a-z]+)\">([^<]*)</span>").matcher(html);
        while (m.find()) {
            got.add(m.group(1) + ":" + unescape(m.group(2)));
        }
        for (String token : expected) {
            assertTrue(got.contains(token), language + ": expected " + token + " among " + got + "\n" + html);
        }
    }

    /** The text of each top-level command span. */
    private static List<String> commands(String html) {
        List<String> out = new ArrayList<>();
        for (String line : html.split("\n")) {
            int at = line.indexOf("<span class=\"hl-cmd\">");
            if (at >= 0) {
                out.add(text(line.substring(at)));
            }
        }
        return out;
    }

    private static List<String> texts(String html, String css) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<span class=\"" + css + "\">([^<]*)</span>").matcher(html);
        while (m.find()) {
            out.add(unescape(m.group(1)));
        }
        return out;
    }

    private static String text(String html) {
        return unescape(html.replaceAll("</?span[^>]*>", ""));
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }
}
