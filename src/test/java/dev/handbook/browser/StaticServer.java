package dev.handbook.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a built site over HTTP on 127.0.0.1 for browser tests, optionally under a sub-path (as GitHub
 * Pages serves project sites under /repo/). Missing files get the site's 404.html, as on GitHub Pages.
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css",
            "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json", "application/json",
            "svg", "image/svg+xml", "png", "image/png", "xml", "application/xml", "txt", "text/plain; charset=utf-8");
    private final HttpServer server;
    private final String prefix;

    public StaticServer(Path root, String subPath) throws IOException {
        this.prefix = subPath.endsWith("/") ? subPath : subPath + "/";
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Path base = root.toAbsolutePath().normalize();
        server.createContext("/", exchange -> {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            int status = 200;
            Path file = null;
            if (path.startsWith(prefix)) {
                String rel = path.substring(prefix.length());
                if (rel.isEmpty() || rel.endsWith("/")) {
                    rel += "index.html";
                }
                file = base.resolve(rel).normalize();
            }
            if (file == null || !file.startsWith(base) || !Files.isRegularFile(file)) {
                status = 404;
                file = base.resolve("404.html");
            }
            byte[] body = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** {@link #StaticServer}, for callers that cannot pass on an IOException. */
    static StaticServer serve(Path root, String subPath) {
        try {
            return new StaticServer(root, subPath);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The site's root URL, ending in "/". */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
