package dev.handbook.cli;

import dev.handbook.pipeline.SiteBuilder;
import dev.handbook.serve.DevServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/** {@code handbook serve}: a live preview on 127.0.0.1 that rebuilds and reloads on every save. */
final class ServeCommand implements Callable<Integer> {
    private final SiteOptions site = new SiteOptions();
    private final OptionSpec port = OptionSpec.builder("--port").paramLabel("N").type(int.class).defaultValue("8000")
            .converters(new Port()).description("The port (default: ${DEFAULT-VALUE}; 0 for any free port).").build();
    final CommandSpec spec = Commands.spec(this, "serve",
            "Preview the handbook at http://127.0.0.1:PORT/ while you edit: every save rebuilds it and reloads open"
                    + " pages; problems show in the terminal and over the page. Ctrl-C stops it.",
            "The preview is built in a temporary folder; --out and --base-url are not used.")
            .addMixin("site", site.mixin()).addOption(port);

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int port = this.port.getValue();
        SiteBuilder builder = new SiteBuilder(Version.get(), Path.of(""));
        try (DevServer server = DevServer.start(site.request(), port, builder, new ServeReport(out, err))) {
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "handbook-serve-stop"));
            Path templates = site.request().templatesDir();
            out.println("Serving " + server.url() + " (watching " + builder.show(site.source())
                    + (Files.isDirectory(templates) ? " and " + builder.show(templates) : "") + "; Ctrl-C to stop)");
            out.flush();
            server.awaitStop();
            return ExitCodes.OK;
        } catch (BindException e) {
            err.println("port " + port + " is in use: pass another, e.g. --port " + (port + 1)
                    + ", or --port 0 for any free port");
            err.flush();
            return ExitCodes.USAGE;
        }
    }

    /** A TCP port, 0 to 65535, written as a plain whole number. */
    private static final class Port implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            long n = value.matches("\\+?[0-9]{1,10}") ? Long.parseLong(value.replace("+", "")) : -1;
            if (n < 0 || n > 65535) {
                throw new TypeConversionException("must be a whole number from 0 to 65535");
            }
            return (int) n;
        }
    }
}
