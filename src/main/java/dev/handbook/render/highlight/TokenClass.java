package dev.handbook.render.highlight;

/**
 * The kinds of token the theme colours: a small, fixed set, so that every language shares one palette and
 * the stylesheet stays short. Each is written as {@code class="hl-NAME"}.
 */
public enum TokenClass {
    KEYWORD("kw"),
    STRING("str"),
    COMMENT("com"),
    NUMBER("num"),
    /** true, false, null and the like, and entity references in markup. */
    LITERAL("lit"),
    FUNCTION("fn"),
    TYPE("ty"),
    VARIABLE("var"),
    /** Annotations, attributes, preprocessor lines, doctypes; section headers of TOML and INI. */
    META("meta"),
    /** Keys of TOML, YAML and INI. */
    KEY("key"),
    TAG("tag"),
    ATTRIBUTE("attr"),
    REGEXP("re"),
    ADDITION("add"),
    DELETION("del"),
    /** A console session's prompt, its command and the command's output. */
    PROMPT("prompt"),
    COMMAND("cmd"),
    OUTPUT("out");

    private final String css;

    TokenClass(String name) {
        this.css = "hl-" + name;
    }

    /** The class attribute's value. */
    public String css() {
        return css;
    }
}
