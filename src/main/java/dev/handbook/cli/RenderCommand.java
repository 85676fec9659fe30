package dev.handbook.cli;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.Markdown;
import dev.handbook.render.LinkResolver;
import dev.handbook.render.MarkdownRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code handbook render}: Markdown to the HTML fragment a build would publish (same renderer, URL policy
 * and sanitiser; links to .md pages become .html), or with {@code --unsafe} the renderer alone, to compare
 * with {@code cmark-gfm --unsafe}.
 */
final class RenderCommand implements Command {
    static final Option OUT = Option.value("--out", "DIR",
            "Write DIR/<name>.html for each FILE (page.md becomes page.html).");
    static final Option UNSAFE = Option.flag("--unsafe", "The renderer alone: no sanitiser, no URL policy, links as "
            + "written (like cmark-gfm --unsafe).");
    static final CommandSyntax SYNTAX = new CommandSyntax("render",
            List.of("Render Markdown to an HTML fragment exactly as the build does.",
                "With no FILE, reads standard input and writes standard output."),
            List.of(OUT, UNSAFE, Option.HELP, Option.VERSION),
            new Positional("FILE", "Markdown files to render.", true));

    @Override
    public CommandSyntax syntax() {
        return SYNTAX;
    }

    @Override
    public int run(Args args, Streams io) throws IOException, UsageException {
        List<Path> files = args.positionals().stream().map(Path::of).toList();
        Path out = args.path(OUT);
        boolean unsafe = args.flag(UNSAFE);
        PrintWriter stdout = io.out();
        MarkdownRenderer renderer = new MarkdownRenderer(unsafe);
        Diagnostics diagnostics = new Diagnostics();
        if (files.isEmpty()) {
            if (out != null) {
                throw new UsageException("--out DIR needs FILE arguments; without them the HTML goes to standard"
                        + " output", SYNTAX);
            }
            String text = SourceText.of(io.in().readAllBytes());
            stdout.print(render(renderer, unsafe, text, "-", diagnostics));
            stdout.flush();
            return report(diagnostics, io);
        }
        if (out == null && files.size() > 1) {
            throw new UsageException("several files need --out DIR", SYNTAX);
        }
        Map<Path, Path> targets = new LinkedHashMap<>();
        for (Path file : files) {
            Path target = out == null ? null : out.resolve(htmlName(file));
            if (target != null && targets.containsValue(target)) {
                throw new UsageException("two files would both be written to " + target
                        + "; render them in separate runs", SYNTAX);
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
        return report(diagnostics, io);
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

    private static int report(Diagnostics diagnostics, Streams io) {
        if (!diagnostics.sorted().isEmpty()) {
            new DiagnosticPrinter(io.err(), DiagnosticPrinter.Format.TEXT).print(diagnostics.sorted());
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
