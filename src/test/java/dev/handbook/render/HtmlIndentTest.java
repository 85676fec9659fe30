package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Issue 9: pages lose their template indentation, never the blanks of preformatted text. */
class HtmlIndentTest {
    @Test
    void linesLoseTheirIndentationButNotTheirBreaks() {
        assertEquals("<ul>\n<li>one\ntwo</li>\n</ul>\n", HtmlIndent.strip("<ul>\n  <li>one\n\t  two</li>\n</ul>\n"));
    }

    @Test
    void preformattedTextAndTextareasKeepEveryBlank() {
        String html = """
                <div>
                  <pre><code>fn main() {
                    println!("hi");
                }
                </code></pre>
                  <PRE class="x">  a
                  b</PRE>
                  <textarea rows="2">  typed
                    text</textarea>
                  <preview>not pre
                  </preview>
                </div>
                """;
        assertEquals("""
                <div>
                <pre><code>fn main() {
                    println!("hi");
                }
                </code></pre>
                <PRE class="x">  a
                  b</PRE>
                <textarea rows="2">  typed
                    text</textarea>
                <preview>not pre
                </preview>
                </div>
                """, HtmlIndent.strip(html));
    }

    @Test
    void aBlockOpenedAndClosedOnOneLineEndsThere() {
        assertEquals("<pre>a</pre><pre>b</pre>\nx\n", HtmlIndent.strip("<pre>a</pre><pre>b</pre>\n   x\n"));
    }
}
