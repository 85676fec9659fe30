package dev.handbook.cli;

import dev.handbook.pipeline.SiteBuilder;
import dev.handbook.serve.DevServer;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code handbook serve}: a live preview on 127.0.0.1 that rebuilds and reloads on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Preview the handbook at http://127.0.0.1:PORT/ while you edit: every save rebuilds it and"
            + " reloads open pages; problems show in the terminal and over the page. Ctrl-C stops it.",
            "The preview is built in a temporary folder; --out and --base-url are not used."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "The port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        var out = spec.commandLine().getOut();
        SiteBuilder builder = new SiteBuilder(Version.get(), Path.of("")).reusingPages();
        try (DevServer server = DevServer.start(site.request(), port, builder,
                new ServeReport(out, spec.commandLine().getErr()))) {
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "handbook-serve-stop"));
            out.println("Serving " + server.url() + " (watching " + builder.show(site.source) + " and "
                    + builder.show(site.request().templatesDir()) + "; Ctrl-C to stop)");
            out.flush();
            server.awaitStop();
            return ExitCodes.OK;
        } catch (BindException e) {
            spec.commandLine().getErr().println("port " + port + " is in use: pass another, e.g. --port "
                    + (port + 1) + ", or --port 0 for any free port");
            return ExitCodes.USAGE;
        }
    }
}
