package dev.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve command's own paths; the server itself is tested in dev.handbook.serve. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aTakenPortIsAUsageErrorWithAHint() throws Exception {
        TestSupport.write(dir, TestSupport.minimalHandbook());
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            StringWriter err = new StringWriter();
            int code = HandbookCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve",
                    "--source", dir.resolve("content").toString(), "--templates", TestSupport.TEMPLATES.toString(),
                    "--port", String.valueOf(port));
            assertEquals(2, code);
            assertEquals("port " + port + " is in use: pass another, e.g. --port " + (port + 1)
                    + ", or --port 0 for any free port\n", err.toString());
        }
    }

    @Test
    void helpNamesThePortAndItsDefault() {
        StringWriter out = new StringWriter();
        assertEquals(0, HandbookCommand.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "serve",
                "--help"));
        assertTrue(out.toString().contains("--port=N"), out.toString());
        assertTrue(out.toString().contains("--port=N          The port (default: 8000; 0 for any free port)."),
                out.toString());
    }
}
