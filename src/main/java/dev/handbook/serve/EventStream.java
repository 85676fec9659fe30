package dev.handbook.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Server-sent events at {@code /__handbook/events}: each open page holds one connection and hears
 * "reload" after a good rebuild and "problems" after a failed one. Each connection is served by its own
 * thread, which waits on the connection's queue and sends a comment now and then, so a closed tab is
 * noticed and its thread ends.
 */
final class EventStream {
    private static final long KEEP_ALIVE_SECONDS = 15;
    private static final String CLOSE = "";

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    /** What a page that connects now must hear first: the build it should show, and any problems. */
    private final Supplier<String> greeting;
    private volatile boolean closed;

    EventStream(Supplier<String> greeting) {
        this.greeting = greeting;
    }

    /** Sends an event to every open page. {@code json} is one line of JSON. */
    void send(String event, String json) {
        String message = format(event, json);
        for (BlockingQueue<String> client : clients) {
            client.add(message);
        }
    }

    static String format(String event, String json) {
        return "event: " + event + "\ndata: " + json + "\n\n";
    }

    int clientCount() {
        return clients.size();
    }

    /** Serves one page's connection until the page goes away or the server stops. */
    void handle(Exchange exchange) throws IOException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        exchange.setHeader("Content-Type", "text/event-stream; charset=utf-8");
        exchange.setHeader("Cache-Control", "no-store");
        exchange.sendHeaders(200, Exchange.UNTIL_CLOSED);
        try (OutputStream out = exchange.body()) {
            clients.add(queue);
            if (closed) {
                return;
            }
            // After a restart of the server the browser reconnects within a second and is told what to show.
            write(out, "retry: 1000\n\n" + greeting.get());
            while (true) {
                String message = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (CLOSE.equals(message)) {
                    return;
                }
                write(out, message == null ? ": keep-alive\n\n" : message);
            }
        } catch (IOException e) {
            // the page was closed or reloaded
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
            exchange.close();
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Ends every connection, so their threads finish and the server can stop. */
    void close() {
        closed = true;
        for (BlockingQueue<String> client : clients) {
            client.add(CLOSE);
        }
    }
}
