package dev.handbook.serve;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * The dev server's HTTP/1.1 on 127.0.0.1: persistent connections, GET-sized requests, answers of known
 * length or event streams. It replaces the JDK's {@code com.sun.net.httpserver}, which cannot refuse an
 * oversized request head with 414 or 431 (it reads a request line to its end however long, and drops the
 * connection without an answer when the headers pass its limit): {@link RequestHead} answers at the first
 * byte past a limit. No request body is read: a request with one is answered, then its connection closed.
 */
final class LoopbackHttp implements AutoCloseable {
    /** Answers one request; {@link Exchange#sendHeaders} must be called unless it throws. */
    @FunctionalInterface
    interface Handler {
        void handle(Exchange exchange) throws IOException;
    }

    /** How long a connection may stay idle between requests, and a request head take to arrive. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** How long a refused connection's unread request is still read and dropped, so the client sees the answer. */
    private static final int LINGER_MILLIS = 1000;
    private static final int LINGER_BYTES = 1 << 20;

    private final ServerSocket socket;
    private final Handler handler;
    private final ExecutorService threads;
    private final Duration timeout;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private LoopbackHttp(ServerSocket socket, Handler handler, ExecutorService threads, Duration timeout) {
        this.socket = socket;
        this.handler = handler;
        this.threads = threads;
        this.timeout = timeout;
    }

    /**
     * Binds 127.0.0.1:{@code port} (0: any free port); connections wait until {@link #serve()}, then each is
     * served on {@code threads}.
     *
     * @throws java.net.BindException when the port is taken
     */
    static LoopbackHttp bind(int port, Handler handler, ExecutorService threads, Duration timeout)
            throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        return new LoopbackHttp(socket, handler, threads, timeout);
    }

    /** Starts answering, the connections that waited first. */
    void serve() {
        Thread acceptor = new Thread(this::accept, "handbook-serve-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket connection = socket.accept();
                open.add(connection);
                threads.execute(() -> serve(connection));
            } catch (IOException | RejectedExecutionException e) {
                // closed: the loop ends; anything else: the next accept tries again
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            connection.setSoTimeout((int) timeout.toMillis());
            connection.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(connection.getInputStream());
            OutputStream out = new BufferedOutputStream(connection.getOutputStream());
            while (!closed && answer(in, out, connection)) {
                // the next request on the same connection
            }
        } catch (IOException e) {
            // the client went away, or stayed idle too long
        } finally {
            open.remove(connection);
        }
    }

    /** Reads and answers one request; returns whether the connection can carry another. */
    private boolean answer(InputStream in, OutputStream out, Socket connection) throws IOException {
        RequestHead head;
        Exchange exchange;
        try {
            head = RequestHead.read(in, timeout.toNanos());
            if (head == null) {
                return false;
            }
            exchange = new Exchange(head, head.rawPath(), out);
        } catch (SocketTimeoutException e) {
            return false;
        } catch (RequestHead.Refused refused) {
            refuse(refused, out, connection);
            return false;
        }
        boolean failed = false;
        try {
            handler.handle(exchange);
        } catch (RuntimeException e) {
            failed = true; // a bug in a handler: answered 500 below when it had not answered yet
        }
        if (!exchange.sent()) {
            exchange.sendHeaders(500, Exchange.NO_BODY);
        }
        exchange.close();
        return !failed && exchange.keepsAlive();
    }

    /**
     * Answers a refused request, then reads what the client still sends for a moment before closing: closing
     * with unread bytes resets the connection, and a reset can destroy the answer before the client reads it.
     */
    private static void refuse(RequestHead.Refused refused, OutputStream out, Socket connection) throws IOException {
        byte[] body = (refused.getMessage() + "\n").getBytes(StandardCharsets.UTF_8);
        Exchange answer = Exchange.refusal(out);
        answer.setHeader("Content-Type", "text/plain; charset=utf-8");
        answer.sendHeaders(refused.status, body.length);
        answer.body().write(body);
        answer.close();
        connection.shutdownOutput();
        connection.setSoTimeout(LINGER_MILLIS);
        long deadline = System.nanoTime() + LINGER_MILLIS * 1_000_000L;
        byte[] sink = new byte[8192];
        InputStream in = connection.getInputStream();
        try {
            for (int read = 0; read < LINGER_BYTES && System.nanoTime() < deadline; ) {
                int n = in.read(sink);
                if (n < 0) {
                    break;
                }
                read += n;
            }
        } catch (SocketTimeoutException | SocketException e) {
            // the client stopped sending, or went away: either way the answer is out
        }
    }

    /** Stops listening and closes every connection, which ends their threads. */
    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
        for (Socket connection : open) {
            try {
                connection.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}
