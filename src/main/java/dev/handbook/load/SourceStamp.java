package dev.handbook.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * One version of a file, known without reading it: its identity, size and modification time (nanoseconds
 * on the file systems editors save to). Equal stamps mean the same content, so what was parsed from it may
 * be reused; {@link #MISSING} stands for a file that is not there.
 */
record SourceStamp(Object fileKey, long modifiedNanos, long size) {
    static final SourceStamp MISSING = new SourceStamp(null, -1, -1);

    static SourceStamp of(BasicFileAttributes a) {
        return new SourceStamp(a.fileKey(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), a.size());
    }

    /** The file's stamp; for an unreadable file one that equals no other, so what it gives is parsed again. */
    static Object of(Path file) {
        if (file == null) {
            return MISSING;
        }
        try {
            return of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return new Object();
        }
    }
}
