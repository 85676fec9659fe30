package dev.handbook.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A page's HTML as UTF-8 bytes, encoded as the template writes it. A {@link java.io.StringWriter} holds
 * one byte per character only until the first character beyond Latin-1 (the en dash of "3–4 weeks" in the
 * navigation comes early on every page); from there it copies every piece it is given into two bytes per
 * character, and the page is then copied to a string and encoded again to be written. Measured on the
 * 1,000-page benchmark, that was a tenth of the build's samples.
 */
final class Utf8Buffer extends Writer {
    private byte[] bytes;
    private int size;
    /** A high surrogate whose low half has not been written yet. */
    private char pending;
    /** Where {@link #write(String, int, int)} copies a piece of its string to. */
    private final char[] piece = new char[2048];

    Utf8Buffer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        room(len);
        int end = off + len;
        int i = off;
        while (i < end) {
            if (pending == 0) {
                // A run of ASCII, most of a page, with the array and the count in locals: C1 reloads fields
                // on every turn of a loop.
                byte[] out = bytes;
                int n = size;
                while (i < end && chars[i] < 0x80) {
                    out[n++] = (byte) chars[i++];
                }
                size = n;
                if (i == end) {
                    return;
                }
            }
            put(chars[i++]);
            room(end - i); // the rest may all be one byte each; put() took up to four
        }
    }

    /**
     * Copied out a piece at a time, then encoded from the array: the build's C1-compiled code calls
     * String.charAt (and its index check, for a string beyond Latin-1) per character, which at 1,000 pages
     * was 9% of the samples; getChars copies a piece in one intrinsic.
     */
    @Override
    public void write(String text, int off, int len) {
        while (len > 0) {
            int n = Math.min(len, piece.length);
            text.getChars(off, off + n, piece, 0);
            write(piece, 0, n);
            off += n;
            len -= n;
        }
    }

    private void put(char c) {
        room(4);
        if (pending != 0) {
            char high = pending;
            pending = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                bytes[size++] = (byte) (0xF0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            replacement(); // a lone high surrogate, as String.getBytes(UTF_8) writes it
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | c >> 6);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pending = c;
        } else if (Character.isLowSurrogate(c)) {
            replacement();
        } else {
            bytes[size++] = (byte) (0xE0 | c >> 12);
            bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void replacement() {
        bytes[size++] = '?';
    }

    private void room(int more) {
        if (size + more + 4 > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more + 4));
        }
    }

    /** The bytes written so far; a high surrogate still waiting for its low half is written as '?'. */
    byte[] toByteArray() {
        if (pending != 0) {
            pending = 0;
            room(1);
            replacement();
        }
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
