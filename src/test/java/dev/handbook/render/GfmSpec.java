package dev.handbook.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The examples of the GitHub Flavored Markdown spec (src/test/resources/markdown/gfm-spec/spec.txt, see the
 * README beside it). Each example is a fenced block of 32 backticks with the word "example": the Markdown,
 * a line with one ".", then the HTML the spec expects; "→" stands for a tab.
 */
final class GfmSpec {
    static final String RESOURCE = "/markdown/gfm-spec/spec.txt";
    private static final String FENCE = "`".repeat(32);

    /**
     * One example. {@code number} is the spec's own example number; {@code section} the numbered section
     * it stands in, as the spec's HTML version shows it (e.g. "4.10 Tables (extension)").
     */
    record Example(int number, String section, String markdown, String expectedHtml) {}

    private GfmSpec() {}

    static List<Example> examples() {
        try (InputStream in = Objects.requireNonNull(GfmSpec.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Example> parse(String spec) {
        List<Example> examples = new ArrayList<>();
        int chapter = 0;
        int section = 0;
        String sectionTitle = "";
        StringBuilder markdown = null;
        StringBuilder html = null;
        boolean started = false; // sections count from the first chapter after the front matter
        for (String line : spec.split("\n", -1)) {
            if (markdown == null) {
                if (line.startsWith(FENCE + " example")) {
                    markdown = new StringBuilder();
                } else if (line.startsWith("# ")) {
                    started = true;
                    chapter++;
                    section = 0;
                    sectionTitle = chapter + " " + line.substring(2).strip();
                } else if (line.startsWith("## ") && started) {
                    section++;
                    sectionTitle = chapter + "." + section + " " + line.substring(3).strip();
                }
            } else if (html == null) {
                if (line.equals(".")) {
                    html = new StringBuilder();
                } else {
                    markdown.append(line).append('\n');
                }
            } else if (line.equals(FENCE)) {
                examples.add(new Example(examples.size() + 1, sectionTitle, tabs(markdown), tabs(html)));
                markdown = null;
                html = null;
            } else {
                html.append(line).append('\n');
            }
        }
        return examples;
    }

    private static String tabs(StringBuilder text) {
        return text.toString().replace('→', '\t');
    }
}
