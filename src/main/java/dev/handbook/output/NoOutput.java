package dev.handbook.output;

import dev.handbook.model.SitePath;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where {@code handbook check} puts the site: nowhere. A file made on request is still made as it commits,
 * into nothing, so the problems of making it are found.
 */
public final class NoOutput implements SiteOutput {
    private final List<StreamedText> later = new ArrayList<>();

    @Override
    public void write(SitePath path, byte[] bytes) {
        // a check writes nothing
    }

    @Override
    public void copy(Path source, SitePath path) {
        // a check copies nothing
    }

    @Override
    public synchronized void writeLater(SitePath path, StreamedText make) {
        later.add(make);
    }

    @Override
    public synchronized void commit() throws IOException {
        for (StreamedText make : later) {
            make.writeTo(Writer.nullWriter());
        }
    }

    @Override
    public void close() {
        // nothing was opened
    }
}
