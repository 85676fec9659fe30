package dev.handbook.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The head of one HTTP/1.1 request (its request line and header fields), read with limits: a request line
 * over {@link #MAX_REQUEST_LINE} bytes is refused with 414 and a header section over {@link #MAX_HEADERS}
 * bytes or {@link #MAX_FIELDS} fields with 431 as soon as the byte past the limit arrives, not after the
 * client has sent the rest (issue 20: the JDK's server read a 60 KB request line to its end, then answered
 * 404, and only dropped the connection on oversized headers). The limits are those of common servers (nginx
 * and Node read 8 KB lines and 16 KB heads); no page of a handbook needs more.
 */
record RequestHead(String method, String target, String version, Map<String, List<String>> fields) {
    static final int MAX_REQUEST_LINE = 8 * 1024;
    static final int MAX_HEADERS = 16 * 1024;
    static final int MAX_FIELDS = 100;
    /** Blank lines a client may send before a request (RFC 9112, 2.2); more are not a request. */
    private static final int MAX_LEADING_BLANK_LINES = 8;
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern VERSION = Pattern.compile("HTTP/\\d\\.\\d");

    /** A request the server answers with {@code status} and closes the connection on. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        Refused(int status, String reason) {
            super(reason);
            this.status = status;
        }
    }

    /**
     * Reads the next request's head, or returns null when the client closed an idle connection.
     *
     * @param timeoutNanos how long the whole head may take to arrive once its first byte has (408 after it)
     * @throws SocketTimeoutException when the connection stays idle, before any byte of a request
     */
    static RequestHead read(InputStream in, long timeoutNanos) throws IOException, Refused {
        Lines lines = new Lines(in, timeoutNanos);
        String tooLong = "request line longer than " + MAX_REQUEST_LINE + " bytes";
        String requestLine = lines.next(MAX_REQUEST_LINE, 414, tooLong);
        for (int blank = 0; requestLine != null && requestLine.isEmpty(); blank++) {
            if (blank == MAX_LEADING_BLANK_LINES) {
                throw new Refused(400, "no request line");
            }
            requestLine = lines.next(MAX_REQUEST_LINE, 414, tooLong);
        }
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || !TOKEN.matcher(parts[0]).matches() || parts[1].isEmpty()) {
            throw new Refused(400, "malformed request line");
        }
        if (!VERSION.matcher(parts[2]).matches()) {
            throw new Refused(400, "malformed HTTP version");
        }
        if (!parts[2].startsWith("HTTP/1.")) {
            throw new Refused(505, "only HTTP/1.0 and HTTP/1.1 are served");
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int budget = MAX_HEADERS;
        int count = 0;
        while (true) {
            String line = lines.next(budget, 431, "request header fields larger than " + MAX_HEADERS + " bytes");
            if (line == null) {
                throw new Refused(400, "request ended inside its header fields");
            }
            if (line.isEmpty()) {
                return new RequestHead(parts[0], parts[1], parts[2], fields);
            }
            budget -= line.length() + 2;
            if (++count > MAX_FIELDS) {
                throw new Refused(431, "more than " + MAX_FIELDS + " request header fields");
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !TOKEN.matcher(line.substring(0, colon)).matches()) {
                // This also refuses obsolete line folding (a line starting with a space), as RFC 9112 allows.
                throw new Refused(400, "malformed header field");
            }
            fields.computeIfAbsent(line.substring(0, colon).toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
    }

    /** The first value of a header field, or null. */
    String field(String name) {
        List<String> values = fields.get(name.toLowerCase(Locale.ROOT));
        return values == null ? null : values.get(0);
    }

    /** The path of the target, still percent-encoded, without its query (an absolute-form target too). */
    String rawPath() throws Refused {
        String target = this.target;
        if (!target.startsWith("/")) {
            try {
                URI uri = new URI(target);
                if (!uri.isAbsolute() || uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
                    throw new Refused(400, "malformed request target");
                }
                return uri.getRawPath();
            } catch (URISyntaxException e) {
                throw new Refused(400, "malformed request target");
            }
        }
        int end = target.indexOf('?');
        return end < 0 ? target : target.substring(0, end);
    }

    /** Whether the connection may carry another request after this one's answer. */
    boolean keepsAlive() {
        String connection = String.valueOf(field("connection")).toLowerCase(Locale.ROOT);
        return version.equals("HTTP/1.1") ? !connection.contains("close") : connection.contains("keep-alive");
    }

    /** Whether a body follows the head (the server reads none, so the connection closes after the answer). */
    boolean hasBody() {
        String length = field("content-length");
        return field("transfer-encoding") != null || length != null && !length.equals("0");
    }

    /** The lines of a head, ended by LF or CRLF, each refused once it outgrows its limit. */
    private static final class Lines {
        private final InputStream in;
        private final long timeoutNanos;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private boolean started;
        private long firstByteAt;

        Lines(InputStream in, long timeoutNanos) {
            this.in = in;
            this.timeoutNanos = timeoutNanos;
        }

        /** The next line without its end, or null at the end of the stream before any byte of it. */
        String next(int limit, int status, String reason) throws IOException, Refused {
            line.reset();
            while (true) {
                int b;
                try {
                    b = in.read();
                } catch (SocketTimeoutException e) {
                    if (started) {
                        throw new Refused(408, "the request head did not arrive in time");
                    }
                    throw e;
                }
                if (b < 0) {
                    if (started && line.size() > 0) {
                        throw new Refused(400, "request ended inside its head");
                    }
                    return null;
                }
                if (!started) {
                    started = true;
                    firstByteAt = System.nanoTime();
                } else if (System.nanoTime() - firstByteAt > timeoutNanos) {
                    throw new Refused(408, "the request head did not arrive in time");
                }
                if (b == '\n') {
                    byte[] bytes = line.toByteArray();
                    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
                }
                // The limit is the line's own: a CR before the LF that ends it does not count.
                if (line.size() >= limit && !(b == '\r' && line.size() == limit)) {
                    throw new Refused(status, reason);
                }
                line.write(b);
            }
        }
    }
}
