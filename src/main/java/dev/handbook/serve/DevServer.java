package dev.handbook.serve;

import dev.handbook.diag.BuildFailedException;
import dev.handbook.diag.Diagnostic;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.BuildSession;
import dev.handbook.pipeline.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code handbook serve}: builds the handbook with the live-reload script into a private temporary folder
 * (never the project's site/, so a {@code build} never ships dev-server code), serves that folder on
 * 127.0.0.1 only ({@link SiteRequests}), and rebuilds whenever content/ or templates/ change. Its builds
 * share one {@link BuildSession}, so a save re-parses and re-renders only what it changed, and the folder
 * is updated in place. A good rebuild tells every open page to reload; a failed one keeps the last good
 * site and sends the problems to the pages, which show them over the content.
 */
public final class DevServer implements AutoCloseable {
    /** What the server reports; the command line prints it. Called from the build thread. */
    public interface Listener {
        /** A build succeeded (the first one too) and open pages were told to reload. */
        void built(BuildResult result, long millis, int reloadedPages);

        /** A build found problems; the last good site is still served. */
        void failed(List<Diagnostic> diagnostics, long millis);

        /** A bug in handbook itself broke a build; the server keeps running. */
        void crashed(RuntimeException e);
    }

    private final int port;
    private LoopbackHttp server;
    private final BuildRequest request;
    private final SiteBuilder builder;
    private final BuildSession session = BuildSession.repeated();
    private final Listener listener;
    private final Path workDir;
    private final String serverId = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger generation = new AtomicInteger();
    private final ExecutorService builds;
    private final ExecutorService http;
    private final EventStream events;
    private final AtomicBoolean buildQueued = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Path root;
    private volatile String buildId = "";
    private volatile List<Diagnostic> problems = List.of();
    private Watcher watcher;

    private DevServer(int port, BuildRequest request, SiteBuilder builder, Listener listener, Path workDir) {
        this.port = port;
        this.request = request;
        this.builder = builder;
        this.listener = listener;
        this.workDir = workDir;
        this.builds = Executors.newSingleThreadExecutor(daemon("handbook-serve-build"));
        this.http = Executors.newCachedThreadPool(daemon("handbook-serve-http"));
        this.events = new EventStream(this::greeting);
    }

    /**
     * Builds once, then serves and watches. {@code port} 0 picks a free port.
     *
     * @throws java.net.BindException when the port is taken
     */
    public static DevServer start(BuildRequest request, int port, SiteBuilder builder, Listener listener)
            throws IOException {
        Path workDir = Files.createTempDirectory("handbook-serve-");
        DevServer dev = new DevServer(port, request, builder, listener, workDir);
        try {
            dev.begin();
        } catch (IOException | RuntimeException e) {
            dev.close();
            throw e;
        }
        return dev;
    }

    private void begin() throws IOException {
        SiteRequests requests = new SiteRequests(new SiteRequests.Site() {
            @Override
            public Path root() {
                return root;
            }

            @Override
            public List<Diagnostic> problems() {
                return problems;
            }

            @Override
            public void materialize(String relative) throws IOException {
                session.materialize(relative);
            }
        }, events);
        server = LoopbackHttp.bind(port, requests::respond, http, LoopbackHttp.DEFAULT_TIMEOUT);
        rebuild();
        watcher = new Watcher(List.of(request.contentDir(), request.templatesDir()), this::changed);
        server.serve();
    }

    /** The site's address, ending in "/". */
    public String url() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    /** The folder currently served (tests look inside it). */
    Path siteRoot() {
        return root;
    }

    /** Blocks until {@link #close()} (Ctrl-C runs it from a shutdown hook). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    private void changed(Set<Path> paths) {
        session.changed(paths);
        requestBuild();
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
        Path out = workDir.resolve("site");
        BuildRequest live = new BuildRequest(request.contentDir(), request.templatesDir(), out,
                Optional.of(url()), true, true);
        try {
            BuildResult result = builder.build(live, session);
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
        if (server != null) {
            server.close();
        }
        builds.shutdownNow();
        http.shutdownNow();
        try {
            builds.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> paths = Files.walk(workDir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder; the system cleans it eventually
        }
        stopped.countDown();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
