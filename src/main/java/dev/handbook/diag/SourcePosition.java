package dev.handbook.diag;

import java.util.Objects;

/** A place in a source file: 1-based line and column, 0 meaning "unknown". */
public record SourcePosition(String file, int line, int column) {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
    }

    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }

    public SourcePosition shiftLines(int lines) {
        return line == 0 ? this : new SourcePosition(file, line + lines, column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
