/**
 * Build-time syntax highlighting of fenced code: a {@link dev.handbook.render.highlight.Highlighter} turns a
 * block's text into HTML with token spans that carry classes only ({@code <span class="hl-kw">}), never
 * styles, so the theme's stylesheet colours them and a page needs no script to show or print them. Most
 * languages are lexed by RSyntaxTextArea's generated lexers; the few it lacks or lexes poorly (TOML, YAML,
 * console sessions, diffs, ERB) by small line-based lexers here.
 */
package dev.handbook.render.highlight;
