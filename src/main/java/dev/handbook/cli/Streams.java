package dev.handbook.cli;

import java.io.InputStream;
import java.io.PrintWriter;

/** Where a command reads and prints: the process's streams, or a test's. */
record Streams(InputStream in, PrintWriter out, PrintWriter err) {}
