package dev.handbook.cli;

import dev.handbook.pipeline.SiteBuilder;
import dev.handbook.serve.DevServer;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;

/** {@code handbook serve}: a live preview on 127.0.0.1 that rebuilds and reloads on every save. */
final class ServeCommand implements Command {
    static final Option PORT = Option.number("--port", "N", "The port (default: ${DEFAULT}; 0 for any free port).",
            0, 65535).withDefault("8000");
    static final CommandSyntax SYNTAX = new CommandSyntax("serve", List.of(
            "Preview the handbook at http://127.0.0.1:PORT/ while you edit: every save rebuilds it and reloads"
                    + " open pages; problems show in the terminal and over the page. Ctrl-C stops it.",
            "The preview is built in a temporary folder; --out and --base-url are not used."),
            SiteOptions.with(PORT), null);

    @Override
    public CommandSyntax syntax() {
        return SYNTAX;
    }

    @Override
    public int run(Args args, Streams io) throws IOException, InterruptedException {
        SiteOptions site = new SiteOptions(args);
        int port = args.integer(PORT);
        SiteBuilder builder = new SiteBuilder(Version.get(), Path.of(""));
        try (DevServer server = DevServer.start(site.request(), port, builder, new ServeReport(io.out(), io.err()))) {
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "handbook-serve-stop"));
            io.out().println("Serving " + server.url() + " (watching " + builder.show(site.source) + " and "
                    + builder.show(site.request().templatesDir()) + "; Ctrl-C to stop)");
            io.out().flush();
            server.awaitStop();
            return ExitCodes.OK;
        } catch (BindException e) {
            io.err().println("port " + port + " is in use: pass another, e.g. --port "
                    + (port + 1) + ", or --port 0 for any free port");
            io.err().flush();
            return ExitCodes.USAGE;
        }
    }
}
