package dev.handbook.serve;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request and its answer on a {@link LoopbackHttp} connection. The answer has a known length (the
 * connection can then carry the next request) or, for an event stream, runs until the connection closes.
 */
final class Exchange {
    /** For {@link #sendHeaders}: an answer without a body. */
    static final long NO_BODY = -1;
    /** For {@link #sendHeaders}: a body of unknown length, ended by closing the connection. */
    static final long UNTIL_CLOSED = 0;
    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"),
            Map.entry(301, "Moved Permanently"), Map.entry(400, "Bad Request"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(408, "Request Timeout"),
            Map.entry(414, "URI Too Long"), Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"), Map.entry(503, "Service Unavailable"),
            Map.entry(505, "HTTP Version Not Supported"));

    private final RequestHead request;
    private final String path;
    private final OutputStream connection;
    private final Map<String, String> responseHeaders = new LinkedHashMap<>();
    private boolean keepAlive;
    private boolean sent;
    private OutputStream body;

    Exchange(RequestHead request, String path, OutputStream connection) {
        this(request, path, connection, request.keepsAlive() && !request.hasBody());
    }

    private Exchange(RequestHead request, String path, OutputStream connection, boolean keepAlive) {
        this.request = request;
        this.path = path;
        this.connection = connection;
        this.keepAlive = keepAlive;
    }

    /** The answer to a request refused before its head was read: the connection closes after it. */
    static Exchange refusal(OutputStream connection) {
        return new Exchange(null, "", connection, false);
    }

    String method() {
        return request.method();
    }

    /** The request's path, still percent-encoded, without its query. */
    String path() {
        return path;
    }

    /** The first value of a request header field, or null. */
    String header(String name) {
        return request.field(name);
    }

    /** Sets a header field of the answer; call before {@link #sendHeaders}. */
    void setHeader(String name, String value) {
        responseHeaders.put(name, value);
    }

    /**
     * Sends the status line and header fields.
     *
     * @param length the body's length in bytes, {@link #NO_BODY}, or {@link #UNTIL_CLOSED}
     */
    void sendHeaders(int status, long length) throws IOException {
        if (sent) {
            throw new IllegalStateException("headers already sent");
        }
        sent = true;
        if (length == UNTIL_CLOSED) {
            keepAlive = false;
        } else {
            responseHeaders.put("Content-Length", String.valueOf(Math.max(length, 0)));
        }
        if (!keepAlive) {
            responseHeaders.put("Connection", "close");
        }
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ')
                .append(REASONS.getOrDefault(status, "Unknown")).append("\r\n");
        responseHeaders.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        connection.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        // The body's stream may flush, never close, the connection: LoopbackHttp owns it.
        body = new FilterOutputStream(connection) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Where the body goes, after {@link #sendHeaders}. */
    OutputStream body() {
        if (body == null) {
            throw new IllegalStateException("send the headers first");
        }
        return body;
    }

    /** Whether the answer was started (a failed handler's connection then just closes). */
    boolean sent() {
        return sent;
    }

    /** Whether the connection may carry another request once this answer is complete. */
    boolean keepsAlive() {
        return keepAlive;
    }

    /** Ends the answer: whatever is buffered goes out. */
    void close() throws IOException {
        connection.flush();
    }
}
