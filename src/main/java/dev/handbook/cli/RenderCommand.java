package dev.handbook.cli;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.Markdown;
import dev.handbook.render.LinkResolver;
import dev.handbook.render.MarkdownRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code handbook render}: Markdown to the HTML fragment a build would publish. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Render Markdown to an HTML fragment exactly as the build does.",
            "With no FILE, reads standard input and writes standard output."})
final class RenderCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Markdown files to render.")
    List<Path> files = List.of();

    @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/<file name>.html for each FILE.")
    Path out;

    @Option(names = "--unsafe", description = "Skip the sanitiser, like cmark-gfm --unsafe.")
    boolean unsafe;

    @Spec
    CommandSpec spec;

    /** Overridable in tests; the process's standard input otherwise. */
    InputStream stdin = System.in;

    @Override
    public Integer call() throws IOException {
        MarkdownRenderer renderer = new MarkdownRenderer(unsafe);
        Diagnostics diagnostics = new Diagnostics();
        if (files.isEmpty()) {
            String text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            spec.commandLine().getOut().print(render(renderer, text, "-", diagnostics));
            spec.commandLine().getOut().flush();
            return report(diagnostics);
        }
        if (out == null && files.size() > 1) {
            spec.commandLine().getErr().println("several files need --out DIR");
            return ExitCodes.USAGE;
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                diagnostics.error(SourcePosition.of(file.toString()), "file not found", "");
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            String html = render(renderer, text, file.toString(), diagnostics);
            if (out == null) {
                spec.commandLine().getOut().print(html);
            } else {
                Files.createDirectories(out);
                Files.writeString(out.resolve(file.getFileName() + ".html"), html, StandardCharsets.UTF_8);
            }
        }
        spec.commandLine().getOut().flush();
        return report(diagnostics);
    }

    private String render(MarkdownRenderer renderer, String text, String name, Diagnostics diagnostics) {
        if (unsafe) {
            return renderer.renderUnsafe(text);
        }
        return renderer.render(new Markdown(text, new SourcePosition(name, 1, 1)), LinkResolver.AS_WRITTEN, Set.of(),
                diagnostics).html();
    }

    private int report(Diagnostics diagnostics) {
        if (!diagnostics.sorted().isEmpty()) {
            new DiagnosticPrinter(spec.commandLine().getErr(), DiagnosticPrinter.Format.TEXT)
                    .print(diagnostics.sorted());
        }
        return diagnostics.hasErrors() ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
    }
}
