package dev.handbook.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A file's text, written as it is made. The files made of the whole handbook (the worksheet booklet, the
 * search index) grow with the number of pages: at 10,000 pages the booklet alone is ~100 MB, and a build
 * that held it as one string, then as its bytes, would need several times that in memory.
 */
@FunctionalInterface
public interface StreamedText {
    void writeTo(Writer out) throws IOException;

    /** The whole text as UTF-8, for outputs that keep files in memory (the dev server's). */
    default byte[] bytes() {
        StringWriter out = new StringWriter(16 * 1024);
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail; the text's maker did
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
