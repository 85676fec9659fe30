package dev.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.handbook.diag.BuildFailedException;
import dev.handbook.diag.Diagnostic;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.SiteBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code handbook serve}: builds the handbook with the live-reload script into a private temporary folder
 * (never the project's site/, so a {@code build} never ships dev-server code), serves that folder on
 * 127.0.0.1 only, and rebuilds whenever content/ or templates/ change. A good rebuild replaces the site
 * and tells every open page to reload; a failed one keeps the last good site and sends the problems to
 * the pages, which show them over the content. The whole handbook is rebuilt each time: a few hundred
 * milliseconds for the roadmap, simpler than tracking which page depends on which file.
 */
public final class DevServer implements AutoCloseable {
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
    private static final String WAITING_PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>handbook serve: the handbook has errors</title></head>
            <body>
            <main>
            <h1>The handbook has errors</h1>
            <p>They are listed in the terminal and below. Fix them and save: this page reloads by itself.</p>
            </main>
            <script src="/__handbook/livereload.js"></script>
            </body>
            </html>
            """;

    /** What the server reports; the command line prints it. Called from the build thread. */
    public interface Listener {
        /** A build succeeded (the first one too) and open pages were told to reload. */
        void built(BuildResult result, long millis, int reloadedPages);

        /** A build found problems; the last good site is still served. */
        void failed(List<Diagnostic> diagnostics, long millis);

        /** A bug in handbook itself broke a build; the server keeps running. */
        void crashed(RuntimeException e);
    }

    private final HttpServer server;
    private final BuildRequest request;
    private final SiteBuilder builder;
    private final Listener listener;
    private final Path workDir;
    private final String serverId = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger generation = new AtomicInteger();
    private final ExecutorService builds;
    private final ExecutorService http;
    private final EventStream events;
    private final byte[] script;
    private final AtomicBoolean buildQueued = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Path root;
    private volatile String buildId = "";
    private volatile List<Diagnostic> problems = List.of();
    private Watcher watcher;

    private DevServer(HttpServer server, BuildRequest request, SiteBuilder builder, Listener listener, Path workDir)
            throws IOException {
        this.server = server;
        this.request = request;
        this.builder = builder;
        this.listener = listener;
        this.workDir = workDir;
        this.builds = Executors.newSingleThreadExecutor(daemon("handbook-serve-build"));
        this.http = Executors.newCachedThreadPool(daemon("handbook-serve-http"));
        this.events = new EventStream(this::greeting);
        try (InputStream in = Objects.requireNonNull(DevServer.class.getResourceAsStream("livereload.js"),
                "livereload.js missing from the jar")) {
            this.script = in.readAllBytes();
        }
    }

    /**
     * Builds once, then serves and watches. {@code port} 0 picks a free port.
     *
     * @throws java.net.BindException when the port is taken
     */
    public static DevServer start(BuildRequest request, int port, SiteBuilder builder, Listener listener)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        Path workDir = Files.createTempDirectory("handbook-serve-");
        DevServer dev = new DevServer(server, request, builder, listener, workDir);
        try {
            dev.begin();
        } catch (IOException | RuntimeException e) {
            dev.close();
            throw e;
        }
        return dev;
    }

    private void begin() throws IOException {
        server.setExecutor(http);
        server.createContext("/", exchange -> respond(exchange, this::serveSite));
        server.createContext(PREFIX, exchange -> respond(exchange, this::serveDev));
        rebuild();
        watcher = new Watcher(List.of(request.contentDir(), request.templatesDir()), this::changed);
        server.start();
    }

    /** The site's address, ending in "/". */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** The folder currently served (tests look inside it). */
    Path siteRoot() {
        return root;
    }

    /** Blocks until {@link #close()} (Ctrl-C runs it from a shutdown hook). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Files the watcher saw change since the last build began; null when it could not tell. */
    private Set<Path> changes = new HashSet<>();

    private synchronized void changed(Set<Path> paths) {
        if (paths == null || changes == null) {
            changes = null;
        } else {
            changes.addAll(paths);
        }
        requestBuild();
    }

    /** What changed since the last build (null: unknown, so the builder looks at every file); starts afresh. */
    private synchronized Set<Path> takeChanges() {
        Set<Path> taken = changes;
        changes = new HashSet<>();
        return taken;
    }

    /** Schedules a rebuild; changes that arrive while one runs lead to exactly one more. */
    void requestBuild() {
        if (!closed.get() && buildQueued.compareAndSet(false, true)) {
            builds.execute(() -> {
                buildQueued.set(false);
                rebuild();
            });
        }
    }

    private void rebuild() {
        long start = System.nanoTime();
        int next = generation.get() + 1;
        // One folder, updated in place by the builder: a save rewrites only the files it changed.
        Path out = workDir.resolve("site");
        BuildRequest live = new BuildRequest(request.contentDir(), request.templatesDir(), out,
                Optional.of(url()), true, true);
        try {
            BuildResult result = builder.build(live, takeChanges());
            generation.set(next);
            root = out;
            buildId = serverId + "-" + next;
            problems = List.of();
            events.send("reload", Json.build(buildId));
            listener.built(result, millisSince(start), events.clientCount());
        } catch (BuildFailedException e) {
            problems = e.diagnostics();
            events.send("problems", Json.problems(problems));
            listener.failed(problems, millisSince(start));
        } catch (RuntimeException e) {
            listener.crashed(e);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private String greeting() {
        String hello = EventStream.format("hello", Json.build(buildId));
        List<Diagnostic> current = problems;
        return current.isEmpty() ? hello : hello + EventStream.format("problems", Json.problems(current));
    }

    private interface Handler {
        void handle(HttpExchange exchange, String path) throws IOException;
    }

    /** Checks what every request must satisfy, then hands it on; the exchange is always closed. */
    private void respond(HttpExchange exchange, Handler handler) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!isLocalHost(exchange.getRequestHeaders().getFirst("Host"))) {
                // A web page that rebinds its own domain name to 127.0.0.1 must not read this server.
                send(exchange, 403, "text/plain; charset=utf-8", "handbook serve answers to 127.0.0.1 and localhost only\n");
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n");
            } else {
                handler.handle(exchange, exchange.getRequestURI().getRawPath());
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

    private void serveDev(HttpExchange exchange, String path) throws IOException {
        if (path.equals(PREFIX + "events")) {
            events.handle(exchange);
        } else if (path.equals(PREFIX + "livereload.js")) {
            send(exchange, 200, TYPES.get("js"), script);
        } else {
            serveSite(exchange, path);
        }
    }

    private void serveSite(HttpExchange exchange, String path) throws IOException {
        Path site = root;
        if (site == null) {
            send(exchange, 503, TYPES.get("html"), WAITING_PAGE);
            return;
        }
        SiteFiles.Target target = SiteFiles.resolve(site, path);
        if (target instanceof SiteFiles.File file) {
            builder.materialize(site.toRealPath().relativize(file.path()).toString().replace('\\', '/'));
            String name = file.path().getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT),
                    "application/octet-stream");
            send(exchange, 200, type, readOrEmpty(file.path()));
        } else if (target instanceof SiteFiles.Redirect redirect) {
            exchange.getResponseHeaders().set("Location", redirect.location());
            send(exchange, 301, "text/plain; charset=utf-8", "moved to " + redirect.location() + "\n");
        } else {
            Path notFound = site.resolve("404.html");
            byte[] body = Files.isRegularFile(notFound) ? readOrEmpty(notFound)
                    : "not found\n".getBytes(StandardCharsets.UTF_8);
            send(exchange, 404, Files.isRegularFile(notFound) ? TYPES.get("html") : "text/plain; charset=utf-8", body);
        }
    }

    /** A file of a site that a newer build has just replaced may be gone: it reads as empty, not as an error. */
    private static byte[] readOrEmpty(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops serving and watching, ends open event streams and removes the temporary site. Safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (watcher != null) {
            watcher.close();
        }
        events.close();
        server.stop(0);
        builds.shutdownNow();
        http.shutdownNow();
        try {
            builds.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            deleteTree(workDir);
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder; the system cleans it eventually
        }
        stopped.countDown();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
