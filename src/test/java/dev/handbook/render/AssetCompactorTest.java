package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The theme's CSS and JS get smaller without changing meaning (issue 9: the 50 KB page budget). */
class AssetCompactorTest {
    @Test
    void cssLosesCommentsIndentationAndBlanksBesideDelimiters() {
        String css = """
                /* theme */
                :root {
                  --bg: #fff; /* white */
                }

                a:hover, a:focus { color: red ; margin: 0 auto; }
                .x > :first-child { width: calc(100% + 0.25rem); }
                """;
        assertEquals("""
                :root{
                --bg:#fff;
                }
                a:hover,a:focus{color:red;margin:0 auto}
                .x > :first-child{width:calc(100% + 0.25rem)}
                """, AssetCompactor.css(css));
    }

    @Test
    void cssKeepsStringsUrlsAndCommentsThatSeparateTokens() {
        String css = """
                a::after { content: "/* not a comment */  ;  x"; }
                b { background: url(http://example.test/a/*b.png); }
                c { margin: 0/**/auto; }
                """;
        assertEquals("""
                a::after{content:"/* not a comment */  ;  x"}
                b{background:url(http://example.test/a/*b.png)}
                c{margin:0/**/auto}
                """, AssetCompactor.css(css));
    }

    @Test
    void javascriptLosesCommentsIndentationAndBlankLines() {
        String js = """
                (function a() {
                  'use strict';
                  /* a comment goes */
                  var re = /\\/\\*   x/; // so does this one
                  var half = total / 2 / 1; // division, not a regular expression

                  return re.test('http://example.test/*not a comment*/') ? half : /[/*]+/g;
                })();
                """;
        assertEquals("""
                (function a(){
                'use strict';
                var re= /\\/\\*   x/;
                var half=total / 2 / 1;
                return re.test('http://example.test/*not a comment*/')?half: /[/*]+/g;
                })();
                """, AssetCompactor.js(js));
    }

    /** Issue 9: blanks go where they mean nothing, and stay where removing one would join two tokens. */
    @Test
    void javascriptKeepsOnlyTheBlanksThatSeparateTokens() {
        String js = "var a = b - -c, d = i++ + 1;\nif (typeof x === 'y') { return a in d ? 'p q' : z / 2; }\n";
        assertEquals("var a=b- -c,d=i++ +1;\nif(typeof x==='y'){return a in d?'p q':z / 2;}\n",
                AssetCompactor.js(js));
    }

    @Test
    void regularExpressionsWithQuotesAndBackticksAreCopiedWhole() {
        String js = "var s = text.replace(/[\\\\`*_]/g, '\\\\$&'); // escape\nvar t = `one line`;\n";
        assertEquals("var s=text.replace(/[\\\\`*_]/g,'\\\\$&');\nvar t=`one line`;\n", AssetCompactor.js(js));
    }

    @Test
    void javascriptWithTextThatCanSpanLinesIsLeftAlone() {
        String template = "var s = `a\n    b`;\n";
        String continued = "var s = 'a\\\n    b';\n";
        assertEquals(template, AssetCompactor.js(template));
        assertEquals(continued, AssetCompactor.js(continued));
    }

    @Test
    void otherFilesAreUnchanged() {
        assertEquals("  <svg/>\n", AssetCompactor.compact("favicon.svg", "  <svg/>\n"));
    }
}
