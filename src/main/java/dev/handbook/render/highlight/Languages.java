package dev.handbook.render.highlight;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every language we colour, under its name and the aliases authors use in fences (GitHub's linguist names
 * and extensions), matched without regard to case. {@code text} and its like are known and stay plain.
 */
final class Languages {
    /** Plain text on purpose: no colours, and nothing to report. */
    static final Lexer PLAIN = new Plain();

    private final Map<String, Lexer> byName = new HashMap<>();

    Languages() {
        RstaLexer shell = rsta("UnixShell");
        RstaLexer html = rsta("HTML");
        RstaLexer ruby = rsta("Ruby");
        RstaLexer javascript = rsta("JavaScript");
        RstaLexer typescript = rsta("TypeScript");
        add(rsta("Rust"), "rust", "rs");
        add(new TomlLexer(), "toml");
        add(shell, "bash", "sh", "shell", "zsh", "shellscript", "ksh");
        add(new ConsoleLexer(shell), "console", "shell-session", "shellsession", "sh-session", "terminal");
        add(new YamlLexer(), "yaml", "yml");
        add(rsta("Json"), "json", "geojson", "webmanifest");
        add(rsta("Jshintrc"), "jsonc", "json5");
        add(javascript, "javascript", "js", "mjs", "cjs", "node", "jsx");
        add(typescript, "typescript", "ts", "mts", "cts", "tsx");
        add(html, "html", "htm", "xhtml");
        add(rsta("XML"), "xml", "svg", "xsd", "xsl", "xslt", "plist", "rss", "atom");
        add(rsta("CSS"), "css");
        add(rsta("Less"), "scss", "less");
        add(rsta("SQL"), "sql", "mysql", "postgresql", "postgres", "psql", "plpgsql", "sqlite");
        add(rsta("Python"), "python", "py", "python3", "py3", "gyp");
        add(ruby, "ruby", "rb", "gemfile", "rake", "gemspec");
        add(new ErbLexer(html, ruby), "erb", "html+erb", "rhtml");
        add(rsta("Go"), "go", "golang");
        add(rsta("Java"), "java");
        add(rsta("Kotlin"), "kotlin", "kt", "kts");
        add(rsta("C"), "c", "h");
        add(rsta("CPlusPlus"), "cpp", "c++", "cc", "cxx", "hpp", "hh", "hxx");
        add(rsta("CSharp"), "csharp", "cs", "c#");
        add(rsta("Docker"), "dockerfile", "docker", "containerfile");
        add(new DiffLexer(), "diff", "patch", "udiff");
        add(rsta("Markdown"), "markdown", "md", "gfm");
        add(rsta("Ini"), "ini", "cfg", "editorconfig", "gitconfig", "dosini");
        add(rsta("PropertiesFile"), "properties");
        add(PLAIN, "text", "txt", "plain", "plaintext", "none", "output");
    }

    private static RstaLexer rsta(String tokenMaker) {
        return new RstaLexer(tokenMaker);
    }

    private void add(Lexer lexer, String... names) {
        for (String name : names) {
            if (byName.put(name, lexer) != null) {
                throw new IllegalStateException("two lexers for " + name);
            }
        }
    }

    private static final class Plain implements Lexer {
        @Override
        public void lex(String code, Spans out) {
            out.text(code);
        }
    }

    /**
     * The lexer for a fence's language word, or null. mdBook's attributes after a comma ({@code rust,ignore},
     * {@code rust,no_run}) are not part of the language, so courses written for mdBook keep their colours.
     */
    Lexer lexer(String language) {
        int comma = language.indexOf(',');
        String name = comma < 0 ? language : language.substring(0, comma);
        return byName.get(name.toLowerCase(Locale.ROOT));
    }
}
