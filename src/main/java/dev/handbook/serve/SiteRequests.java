package dev.handbook.serve;

import dev.handbook.diag.BuildFailedException;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.render.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The dev server's answers: files of the site folder it builds into (only those: see {@link SiteFiles}),
 * its reload script and event stream under {@link #PREFIX}, and its own page (problems.ftlh) when there is
 * no site to show. Every request is checked first: 127.0.0.1 and localhost only, GET and HEAD only.
 */
final class SiteRequests {
    /** Where the reload script and the event stream live; no site file can be there. */
    static final String PREFIX = "/__handbook/";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("pdf", "application/pdf"),
            Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"));
    private static final String TEXT = "text/plain; charset=utf-8";

    /** What the requests need of the server: the folder it serves, and a file made when it is asked for. */
    interface Site {
        /** The folder of the last good build, or null before there is one. */
        Path root();

        /** The problems of the last build; empty after a good one. */
        List<Diagnostic> problems();

        /** Makes a file the last build left to be made on request (see LiveOutput). */
        void materialize(String relative) throws IOException;
    }

    private final Site site;
    private final EventStream events;
    private final byte[] script;
    private final Templates pages = Templates.builtIn(SiteRequests.class);

    SiteRequests(Site site, EventStream events) throws IOException {
        this.site = site;
        this.events = events;
        try (InputStream in = Objects.requireNonNull(SiteRequests.class.getResourceAsStream("livereload.js"),
                "livereload.js missing from the jar")) {
            this.script = in.readAllBytes();
        }
    }

    /** Checks what every request must satisfy, then answers it; the exchange is always closed. */
    void respond(Exchange exchange) throws IOException {
        try {
            String method = exchange.method();
            String path = exchange.path();
            if (!isLocalHost(exchange.header("Host"))) {
                // A web page that rebinds its own domain name to 127.0.0.1 must not read this server.
                send(exchange, 403, TEXT, "handbook serve answers to 127.0.0.1 and localhost only\n");
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.setHeader("Allow", "GET, HEAD");
                send(exchange, 405, TEXT, "method not allowed\n");
            } else if (path.equals(PREFIX + "events")) {
                events.handle(exchange);
            } else if (path.equals(PREFIX + "livereload.js")) {
                send(exchange, 200, TYPES.get("js"), script);
            } else {
                serveSite(exchange, path);
            }
        } finally {
            exchange.close();
        }
    }

    static boolean isLocalHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            name = name.substring(0, name.indexOf(']') + 1);
        } else if (name.contains(":")) {
            name = name.substring(0, name.indexOf(':'));
        }
        return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
    }

    private void serveSite(Exchange exchange, String path) throws IOException {
        Path root = site.root();
        if (root == null) {
            send(exchange, 503, TYPES.get("html"), problemsPage("the handbook has errors", site.problems()));
            return;
        }
        SiteFiles.Target target = SiteFiles.resolve(root, path);
        if (target instanceof SiteFiles.File file) {
            try {
                site.materialize(root.toRealPath().relativize(file.path()).toString().replace('\\', '/'));
            } catch (BuildFailedException e) {
                send(exchange, 500, TYPES.get("html"), problemsPage(path + " could not be made", e.diagnostics()));
                return;
            }
            String name = file.path().getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT),
                    "application/octet-stream");
            send(exchange, 200, type, readOrEmpty(file.path()));
        } else if (target instanceof SiteFiles.Redirect redirect) {
            exchange.setHeader("Location", redirect.location());
            send(exchange, 301, TEXT, "moved to " + redirect.location() + "\n");
        } else {
            Path notFound = root.resolve("404.html");
            boolean page = Files.isRegularFile(notFound);
            send(exchange, 404, page ? TYPES.get("html") : TEXT,
                    page ? readOrEmpty(notFound) : "not found\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The dev server's own page: {@code title}, then every problem. */
    byte[] problemsPage(String title, List<Diagnostic> problems) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("problems", problems);
        return pages.renderUtf8("problems.ftlh", model, new Diagnostics())
                .orElseThrow(() -> new IllegalStateException("problems.ftlh in the jar does not render"));
    }

    /** A file of a site that a newer build has just replaced may be gone: it reads as empty, not as an error. */
    private static byte[] readOrEmpty(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static void send(Exchange exchange, int status, String type, String body) throws IOException {
        send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(Exchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.setHeader("Content-Type", type);
        exchange.setHeader("Cache-Control", "no-store");
        exchange.setHeader("X-Content-Type-Options", "nosniff");
        // A HEAD request is told the length a GET would receive.
        exchange.sendHeaders(status, body.length == 0 ? Exchange.NO_BODY : body.length);
        if (!exchange.method().equals("HEAD")) {
            exchange.body().write(body);
        }
    }
}
