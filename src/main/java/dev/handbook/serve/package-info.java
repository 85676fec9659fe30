/**
 * The dev server of {@code handbook serve}: builds into a private folder, serves it on 127.0.0.1 only,
 * rebuilds when content/ or templates/ change and tells open pages to reload. Its HTTP is its own
 * ({@link dev.handbook.serve.LoopbackHttp}: the JDK's server cannot refuse oversized requests). May import pipeline, diag,
 * model and render (for its JSON text); it prints nothing itself (the CLI does, through
 * {@link dev.handbook.serve.DevServer.Listener}).
 */
package dev.handbook.serve;
