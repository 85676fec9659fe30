package dev.handbook.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps a request path to a file of the site, and to nothing else. The path is decoded strictly (a bad
 * escape, an encoded slash or backslash, a NUL byte is no file), {@code .} and {@code ..} segments and
 * hidden names are refused rather than resolved, and the file's real path (symbolic links followed) must
 * still lie inside the site. Anything refused is simply "not found": a probe learns nothing.
 */
final class SiteFiles {
    private SiteFiles() {}

    /** What a request path names. */
    sealed interface Target permits File, Redirect, Missing {}

    /** A regular file inside the site. */
    record File(Path path) implements Target {}

    /** A folder asked for without its trailing slash: relative links on its index page need the slash. */
    record Redirect(String location) implements Target {}

    /** Nothing to serve. */
    record Missing() implements Target {}

    /** @param root the site folder; {@code rawPath} is the request's path exactly as sent (still %-encoded) */
    static Target resolve(Path root, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return new Missing();
        }
        Optional<List<String>> segments = segments(rawPath);
        if (segments.isEmpty()) {
            return new Missing();
        }
        List<String> parts = segments.get();
        boolean folder = rawPath.endsWith("/");
        try {
            Path realRoot = root.toRealPath();
            Path path = realRoot;
            for (String part : parts) {
                path = path.resolve(part);
            }
            if (!path.normalize().startsWith(realRoot)) {
                return new Missing();
            }
            if (Files.isDirectory(path)) {
                if (!folder && !parts.isEmpty()) {
                    return Files.isRegularFile(path.resolve("index.html"))
                            ? new Redirect(rawPath + "/") : new Missing();
                }
                path = path.resolve("index.html");
            }
            if (!Files.isRegularFile(path) || !path.toRealPath().startsWith(realRoot)) {
                return new Missing();
            }
            return new File(path);
        } catch (IOException e) {
            return new Missing();
        }
    }

    /** The decoded path segments, or empty when the path is not one a site file can have. */
    static Optional<List<String>> segments(String rawPath) {
        List<String> out = new ArrayList<>();
        for (String raw : rawPath.split("/", -1)) {
            if (raw.isEmpty()) {
                continue;
            }
            Optional<String> part = decode(raw);
            if (part.isEmpty()) {
                return Optional.empty();
            }
            String s = part.get();
            // "." and ".." are refused, not resolved; hidden names (.nojekyll, the build marker) are never served.
            if (s.startsWith(".") || s.indexOf(':') >= 0 || s.indexOf('\\') >= 0) {
                return Optional.empty();
            }
            out.add(s);
        }
        return Optional.of(out);
    }

    /** An ASCII hex digit's value, else -1 (Character.digit would also take other scripts' digits). */
    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    /** Strict %-decoding of one segment: a bad escape, invalid UTF-8, '/', '\' or a control character is refused. */
    static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = hex(raw.charAt(i + 1));
                int lo = hex(raw.charAt(i + 2));
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return Optional.empty(); // a raw non-ASCII character: clients always escape these
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
            boolean control = s.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f);
            return control || s.indexOf('/') >= 0 ? Optional.empty() : Optional.of(s);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
