package dev.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.diag.Diagnostic;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.SiteBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measurement, not a test: the time from saving one phase page of the real handbook to the reload event
 * an open page receives, over 20 saves. It prints the figures and asserts nothing about them (the machine's
 * load decides them). Run it with:
 * {@code mvn -B -q test -Dtest=ServeLatencyTest -Dhandbook.measure=true}; on another handbook (e.g. the
 * benchmark's 1,000 pages) add {@code -Dhandbook.measure.content=bench/out/corpus-1000/handbook/content
 * -Dhandbook.measure.page=phases/0500-....md}.
 */
@EnabledIfSystemProperty(named = "handbook.measure", matches = "true")
class ServeLatencyTest {
    static final int SAVES = 20;
    static final Path CONTENT = Path.of(System.getProperty("handbook.measure.content", "content"));
    static final String PAGE = System.getProperty("handbook.measure.page", "phases/03-web-back-end-services.md");

    @Test
    void medianChangeToReloadLatencyForOnePhasePage(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        copy(CONTENT, content);
        List<Long> buildMillis = new CopyOnWriteArrayList<>();
        DevServer.Listener listener = new DevServer.Listener() {
            @Override
            public void built(BuildResult result, long millis, int reloadedPages) {
                buildMillis.add(millis);
            }

            @Override
            public void failed(List<Diagnostic> diagnostics, long millis) {
                throw new AssertionError(diagnostics.toString());
            }

            @Override
            public void crashed(RuntimeException e) {
                throw e;
            }
        };
        try (DevServer server = DevServer.start(new BuildRequest(content, Path.of("templates"), dir.resolve("site"),
                Optional.empty(), false, true), 0, new SiteBuilder("measure", dir), listener)) {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(server.url()
                    + "__handbook/events")).build(), HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(response -> response.body().forEach(lines::add));
            next(lines, "event: hello");
            Path page = content.resolve(PAGE);
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < SAVES; i++) {
                Thread.sleep(300); // a person saves far less often than this
                long start = System.nanoTime();
                Files.writeString(page, "\nEdit " + i + ".\n", StandardOpenOption.APPEND);
                next(lines, "event: reload");
                latencies.add((System.nanoTime() - start) / 1_000_000);
            }
            List<Long> rebuilds = new ArrayList<>(buildMillis.subList(1, buildMillis.size()));
            System.out.printf("serve: %d saves of %s: change-to-reload median %d ms (min %d, max %d);"
                    + " rebuild median %d ms; first build %d ms; %d cores, load average %.1f%n", SAVES, PAGE,
                    median(latencies), Collections.min(latencies), Collections.max(latencies), median(rebuilds),
                    buildMillis.get(0), Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            assertEquals(SAVES, latencies.size());
        }
    }

    private static void next(BlockingQueue<String> lines, String wanted) throws InterruptedException {
        while (true) {
            String line = lines.poll(60, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("no '" + wanted + "' within 60 s");
            }
            if (line.equals(wanted)) {
                return;
            }
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
