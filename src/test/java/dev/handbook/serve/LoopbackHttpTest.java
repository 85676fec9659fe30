package dev.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dev server's HTTP layer over real sockets (issue 20.4): oversized request lines and heads are answered
 * with 414 and 431 while the client is still sending them (the test never finishes such a request, so an
 * answer can only come from the limit), slow heads with 408, and ordinary requests share a connection.
 */
class LoopbackHttpTest {
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private LoopbackHttp server;

    @BeforeEach
    void start() throws IOException {
        server = LoopbackHttp.bind(0, exchange -> {
            if (exchange.path().equals("/fail")) {
                throw new IllegalStateException("a bug in a handler");
            }
            byte[] body = (exchange.method() + " " + exchange.path() + " " + exchange.header("X-Test"))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.setHeader("Content-Type", "text/plain");
            exchange.sendHeaders(200, body.length);
            exchange.body().write(body);
        }, threads, Duration.ofMillis(1500));
        server.serve();
    }

    @AfterEach
    void stop() {
        server.close();
        threads.shutdownNow();
    }

    @Test
    void requestsShareAConnectionAndKeepTheirPathAndFields() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET /a/b%20c?q=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nx-test: one\r\n\r\n");
            Response first = Response.read(socket.getInputStream());
            send(socket, "GET http://127.0.0.1/d HTTP/1.1\nHost: 127.0.0.1\nX-Test:   two  \n\n");
            Response second = Response.read(socket.getInputStream());
            assertEquals(200, first.status);
            assertEquals("GET /a/b%20c one", first.body);
            assertEquals("GET /d two", second.body, "absolute-form target, bare LF line ends, trimmed value");
            assertTrue(!first.head.contains("Connection: close"), first.head);
        }
    }

    @Test
    void anOverLongRequestLineIsRefusedBeforeItEnds() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET /" + "a".repeat(RequestHead.MAX_REQUEST_LINE + 100));
            Response response = Response.read(socket.getInputStream());
            assertEquals(414, response.status, response.head);
            assertTrue(response.head.contains("Connection: close"), response.head);
            assertEquals("request line longer than 8192 bytes\n", response.body);
        }
    }

    @Test
    void aRequestLineJustUnderTheLimitIsServed() throws IOException {
        String path = "/" + "a".repeat(RequestHead.MAX_REQUEST_LINE - "GET / HTTP/1.1".length());
        try (Socket socket = connect()) {
            send(socket, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertEquals(200, Response.read(socket.getInputStream()).status);
        }
    }

    @Test
    void anOversizedHeaderIsRefusedBeforeItEnds() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "b".repeat(RequestHead.MAX_HEADERS));
            Response response = Response.read(socket.getInputStream());
            assertEquals(431, response.status, response.head);
        }
    }

    @Test
    void tooManyHeaderFieldsAreRefused() throws IOException {
        StringBuilder request = new StringBuilder("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (int i = 0; i < RequestHead.MAX_FIELDS; i++) {
            request.append("X-").append(i).append(": v\r\n");
        }
        try (Socket socket = connect()) {
            send(socket, request.toString());
            Response response = Response.read(socket.getInputStream());
            assertEquals(431, response.status, response.head);
            assertEquals("more than 100 request header fields\n", response.body);
        }
    }

    @Test
    void malformedRequestsAreAnsweredWith400Or505() throws IOException {
        for (String[] request : new String[][] {
                {"GARBAGE\r\n\r\n", "400"}, {"GET / HTTP/2.0\r\n\r\n", "505"}, {"GET /  HTTP/1.1\r\n\r\n", "400"},
                {"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n folded\r\n\r\n", "400"},
                {"GET / HTTP/1.1\r\nBad Name: x\r\n\r\n", "400"}, {"GET nowhere HTTP/1.1\r\n\r\n", "400"}}) {
            try (Socket socket = connect()) {
                send(socket, request[0]);
                assertEquals(Integer.parseInt(request[1]), Response.read(socket.getInputStream()).status, request[0]);
            }
        }
    }

    @Test
    void aHeadThatStopsArrivingGets408AndAnIdleConnectionJustCloses() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            assertEquals(408, Response.read(socket.getInputStream()).status);
        }
        try (Socket socket = connect()) {
            assertEquals(-1, socket.getInputStream().read(), "closed without an answer after the timeout");
        }
    }

    @Test
    void aRequestWithABodyIsAnsweredThenItsConnectionClosed() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhello");
            Response response = Response.read(socket.getInputStream());
            assertEquals(200, response.status);
            assertTrue(response.head.contains("Connection: close"), response.head);
            assertEquals(-1, socket.getInputStream().read());
        }
    }

    @Test
    void aFailingHandlerGives500AndTheServerGoesOn() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET /fail HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertEquals(500, Response.read(socket.getInputStream()).status);
        }
        try (Socket socket = connect()) {
            send(socket, "GET /ok HTTP/1.0\r\n\r\n");
            Response response = Response.read(socket.getInputStream());
            assertEquals("GET /ok null", response.body);
            assertTrue(response.head.contains("Connection: close"), "HTTP/1.0 closes by default: " + response.head);
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** An answer: its status, its head as text, and its body (read by its Content-Length). */
    private record Response(int status, String head, String body) {
        static Response read(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("connection closed inside the answer's head: " + head);
                }
                head.write(b);
            }
            String text = head.toString(StandardCharsets.ISO_8859_1);
            int length = 0;
            for (String line : text.split("\r\n")) {
                if (line.toLowerCase().startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).strip());
                }
            }
            String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            return new Response(Integer.parseInt(text.substring(9, 12)), text, body);
        }
    }
}
