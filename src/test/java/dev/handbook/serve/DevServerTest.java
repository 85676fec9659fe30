package dev.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import dev.handbook.diag.Diagnostic;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.SiteBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handbook serve} on a free port, over real HTTP: pages, live reload, problems, and what it refuses. */
class DevServerTest {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String SECRET = "TOP-SECRET-OUTSIDE-THE-SITE";

    @TempDir
    Path dir;

    DevServer server;
    final Events listener = new Events();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What the server reported, in order: "built" or "failed: <first message>". */
    static final class Events implements DevServer.Listener {
        final BlockingQueue<String> reports = new LinkedBlockingQueue<>();

        @Override
        public void built(BuildResult result, long millis, int reloadedPages) {
            reports.add("built");
        }

        @Override
        public void failed(List<Diagnostic> diagnostics, long millis) {
            reports.add("failed: " + diagnostics.get(0).message());
        }

        @Override
        public void crashed(RuntimeException e) {
            reports.add("crashed: " + e);
        }

        String next() throws InterruptedException {
            String report = reports.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(report, "no build reported within " + WAIT);
            return report;
        }
    }

    @BeforeEach
    void start() throws IOException, InterruptedException {
        TestSupport.write(dir, TestSupport.minimalHandbook());
        TestSupport.write(dir, Map.of("secret.txt", SECRET + "\n"));
        server = DevServer.start(request(), 0, new SiteBuilder("test", dir), listener);
        assertEquals("built", listener.next());
    }

    BuildRequest request() {
        return new BuildRequest(dir.resolve("content"), TestSupport.TEMPLATES, dir.resolve("site"), Optional.empty(),
                false, true);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    /** The server's event stream, line by line, read on its own thread. */
    BlockingQueue<String> subscribe() {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        http.sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "__handbook/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body().forEach(lines::add));
        return lines;
    }

    /** Waits for {@code event} and returns its data line. */
    static String await(BlockingQueue<String> lines, String event) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (("event: " + event).equals(line)) {
                String data = lines.poll(5, TimeUnit.SECONDS);
                assertNotNull(data);
                return data;
            }
        }
        throw new AssertionError("no '" + event + "' event within " + WAIT);
    }

    @Test
    void servesTheBuiltSiteWithTheReloadScriptOnLoopbackOnly() throws Exception {
        String page = get("phases/01-first.html");
        assertTrue(page.contains("<h1>First Steps</h1>"), page);
        assertTrue(page.contains("<script src=\"/__handbook/livereload.js\"></script>"), page);
        assertTrue(get("__handbook/livereload.js").contains("new EventSource('/__handbook/events')"));
        assertTrue(get("").contains("<title>Test Book</title>"), "/ serves index.html");
        assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
        assertFalse(Files.exists(dir.resolve("site")), "serve never writes the project's site/ folder");
    }

    @Test
    void aSavedChangeRebuildsAndReloadsOpenPages() throws Exception {
        BlockingQueue<String> events = subscribe();
        String hello = await(events, "hello");
        TestSupport.write(dir, Map.of("content/phases/01-first.md", Files.readString(
                dir.resolve("content/phases/01-first.md")).replace("title: First Steps", "title: Renamed Steps")));
        assertEquals("built", listener.next());
        String reload = await(events, "reload");
        assertTrue(reload.startsWith("data: {\"build\":"), reload);
        assertFalse(reload.equals(hello), "a new build has a new id");
        assertTrue(get("phases/01-first.html").contains("<h1>Renamed Steps</h1>"));
    }

    @Test
    void aBrokenFileIsReportedToPagesWhileTheLastGoodSiteIsServed() throws Exception {
        BlockingQueue<String> events = subscribe();
        await(events, "hello");
        TestSupport.write(dir, Map.of("content/phases/01-first.yml", "items:\n  - id: first-item\n        text: x\n"));
        assertEquals("failed: invalid YAML: mapping values are not allowed here", listener.next());
        String problems = await(events, "problems");
        assertTrue(problems.contains("\"errors\":1"), problems);
        assertTrue(problems.contains("\"location\":\"content/phases/01-first.yml:3:13\""), problems);
        assertTrue(get("phases/01-first.html").contains("Learn the <code>first</code> thing"),
                "the last good build is still served");

        // A page opened now hears about the problems as soon as it connects.
        BlockingQueue<String> late = subscribe();
        await(late, "hello");
        assertTrue(await(late, "problems").contains("invalid YAML"));

        TestSupport.write(dir, Map.of("content/phases/01-first.yml", "items:\n  - id: first-item\n    text: Fixed\n"));
        assertEquals("built", listener.next());
        await(events, "reload");
        assertTrue(get("phases/01-first.html").contains("<label for=\"check-first-item\">Fixed</label>"));
    }

    @Test
    void aFileInANewFolderIsWatchedToo() throws Exception {
        Files.createDirectories(dir.resolve("content/notes"));
        // Creating the folder is a change of its own; wait for it so the next build is the file's.
        assertEquals("built", listener.next());
        TestSupport.write(dir, Map.of("content/notes/index.md", "---\ntitle: Later\n---\nWritten later.\n"));
        assertEquals("built", listener.next());
        assertTrue(get("notes/index.html").contains("Written later."));
        assertTrue(get("notes/").contains("Written later."), "a folder's index page");
        Raw redirect = raw("GET /notes HTTP/1.1", "127.0.0.1");
        assertEquals(301, redirect.status(), "relative links on notes/index.html need the slash");
        assertTrue(redirect.body().contains("Location: /notes/\r\n"), redirect.body());
    }

    @Test
    void traversalAndOtherTricksGet404AndNothingFromOutsideTheSite() throws Exception {
        Path root = server.siteRoot();
        Files.createSymbolicLink(root.resolve("linked.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("linked-dir"), dir);
        String secretPath = dir.resolve("secret.txt").toString();
        List<String> attempts = List.of("/../secret.txt", "/../../secret.txt", "/%2e%2e/secret.txt",
                "/%2E%2E/%2e%2e/secret.txt", "/..%2fsecret.txt", "/..%2Fsecret.txt", "/phases/..%2f..%2fsecret.txt",
                "/%2e%2e%2f%2e%2e%2fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt", "/%252e%252e/secret.txt",
                "/.%2e/secret.txt", "/%c0%ae%c0%ae/secret.txt", secretPath, "/" + secretPath, "//etc/passwd",
                "/%2fetc%2fpasswd", "/linked.txt", "/linked-dir/secret.txt", "/.handbook-site", "/%00",
                "/index.html%00.txt", "/C:/Windows/win.ini");
        for (String target : attempts) {
            Raw response = raw("GET " + target + " HTTP/1.1", "127.0.0.1");
            // 400: the JDK's own request parser refuses a raw backslash before any handler runs.
            assertTrue(response.status() == 404 || response.status() == 400 && target.contains("\\"),
                    target + " gave " + response.status());
            assertFalse(response.body().contains(SECRET), target + " leaked the file");
            assertFalse(response.body().contains("root:x:0"), target + " leaked /etc/passwd");
        }
        assertEquals(200, raw("GET /phases/01-first.html HTTP/1.1", "127.0.0.1").status(), "the check itself works");
    }

    @Test
    void refusesOtherHostNamesAndMethods() throws Exception {
        assertEquals(403, raw("GET / HTTP/1.1", "attacker.example").status(), "DNS rebinding");
        assertEquals(200, raw("GET / HTTP/1.1", "localhost:1234").status());
        assertEquals(405, raw("POST / HTTP/1.1", "127.0.0.1").status());
        assertEquals(405, raw("PUT /x.html HTTP/1.1", "127.0.0.1").status());
        assertEquals(404, raw("GET /phases HTTP/1.1", "127.0.0.1").status(), "a folder without an index page");
    }

    @Test
    void theBuildOutputNeverContainsDevServerCode() throws IOException {
        new SiteBuilder("test", dir).build(request());
        try (Stream<Path> files = Files.walk(dir.resolve("site"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("__handbook"), file.toString());
            }
        }
    }

    @Test
    void closingStopsServingAndRemovesThePreview() throws Exception {
        Path root = server.siteRoot();
        int port = URI.create(server.url()).getPort();
        server.close();
        server.close();
        assertFalse(Files.exists(root), "the temporary site is removed");
        assertTrue(throwsOnConnect(port), "the port is closed");
    }

    @Test
    void aTakenPortIsABindException() {
        int port = URI.create(server.url()).getPort();
        try {
            DevServer.start(request(), port, new SiteBuilder("test", dir), listener).close();
            throw new AssertionError("a second server started on a taken port");
        } catch (BindException expected) {
            // reported by the command as a usage error
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean throwsOnConnect(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    record Raw(int status, String body) {}

    /** One request exactly as written (no client tidies the path), read until the server closes. */
    Raw raw(String requestLine, String host) throws IOException {
        int port = URI.create(server.url()).getPort();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            String status = response.isEmpty() ? "000" : response.substring(9, 12);
            return new Raw(Integer.parseInt(status), response);
        }
    }
}
