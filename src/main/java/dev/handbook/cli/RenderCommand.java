package dev.handbook.cli;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.Markdown;
import dev.handbook.render.LinkResolver;
import dev.handbook.render.MarkdownRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code handbook render}: Markdown to the HTML fragment a build would publish (same renderer, URL policy
 * and sanitiser; links to .md pages become .html), or with {@code --unsafe} the renderer alone, to compare
 * with {@code cmark-gfm --unsafe}.
 */
final class RenderCommand implements Callable<Integer> {
    private final PositionalParamSpec files = PositionalParamSpec.builder().paramLabel("FILE").arity("0..*")
            .type(List.class).auxiliaryTypes(Path.class).description("Markdown files to render.").build();
    private final OptionSpec out = OptionSpec.builder("--out").paramLabel("DIR").type(Path.class)
            .description("Write DIR/NAME.html for each FILE (a.md gives a.html).").build();
    private final OptionSpec unsafe = OptionSpec.builder("--unsafe").type(boolean.class).description(
            "The renderer alone: no sanitiser, no URL policy, links as written (like cmark-gfm --unsafe).").build();
    final CommandSpec spec = Commands.spec(this, "render",
            "Render Markdown to an HTML fragment exactly as the build does.",
            "With no FILE, reads standard input and writes standard output.")
            .addPositional(files).addOption(out).addOption(unsafe);
    private final InputStream in;

    /** {@code in} is standard input, read when no FILE is given. */
    RenderCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public Integer call() throws IOException {
        List<Path> files = this.files.getValue() == null ? List.of() : this.files.getValue();
        Path out = this.out.getValue();
        boolean unsafe = Boolean.TRUE.equals(this.unsafe.getValue());
        PrintWriter stdout = spec.commandLine().getOut();
        MarkdownRenderer renderer = new MarkdownRenderer(unsafe);
        Diagnostics diagnostics = new Diagnostics();
        if (files.isEmpty()) {
            if (out != null) {
                throw usage("--out DIR needs FILE arguments; without them the HTML goes to standard output");
            }
            String text = SourceText.of(in.readAllBytes());
            stdout.print(render(renderer, unsafe, text, "-", diagnostics));
            stdout.flush();
            return report(diagnostics);
        }
        if (out == null && files.size() > 1) {
            throw usage("several files need --out DIR");
        }
        Map<Path, Path> targets = new LinkedHashMap<>();
        for (Path file : files) {
            Path target = out == null ? null : out.resolve(htmlName(file));
            if (target != null && targets.containsValue(target)) {
                throw usage("two files would both be written to " + target + "; render them in separate runs");
            }
            targets.put(file, target);
        }
        for (Map.Entry<Path, Path> entry : targets.entrySet()) {
            Path file = entry.getKey();
            if (!Files.isRegularFile(file)) {
                diagnostics.error(SourcePosition.of(file.toString()), "file not found", "check the path");
                continue;
            }
            String html = render(renderer, unsafe, SourceText.of(Files.readAllBytes(file)), file.toString(),
                    diagnostics);
            if (entry.getValue() == null) {
                stdout.print(html);
            } else {
                Files.createDirectories(out);
                Files.writeString(entry.getValue(), html, StandardCharsets.UTF_8);
            }
        }
        stdout.flush();
        return report(diagnostics);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** page.md → page.html; a name without .md keeps it whole (notes.txt → notes.txt.html). */
    private static String htmlName(Path file) {
        String name = file.getFileName().toString();
        return (name.endsWith(".md") ? name.substring(0, name.length() - 3) : name) + ".html";
    }

    private static String render(MarkdownRenderer renderer, boolean unsafe, String text, String name,
            Diagnostics diagnostics) {
        if (unsafe) {
            return renderer.renderUnsafe(text);
        }
        return renderer.render(new Markdown(text, new SourcePosition(name, 1, 1)), LinkResolver.PAGES_AS_HTML,
                Set.of(), diagnostics).html();
    }

    private int report(Diagnostics diagnostics) {
        if (!diagnostics.sorted().isEmpty()) {
            new DiagnosticPrinter(spec.commandLine().getErr(), DiagnosticPrinter.Format.TEXT)
                    .print(diagnostics.sorted());
        }
        return diagnostics.hasErrors() ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
    }

    /** UTF-8 text with LF line endings and no byte-order mark, as the loader reads content. */
    private static final class SourceText {
        private SourceText() {}

        static String of(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }
}
