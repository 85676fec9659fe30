package dev.handbook.cli;

import dev.handbook.scaffold.Release;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * The release a new handbook pins: this jar's own version, and its SHA-256 when this jar is a release. Only
 * the release workflow builds with -Dhandbook.release=true (version.properties says so), and the file it
 * uploads is the very file running here, so hashing ourselves gives the checksum the release page shows. A
 * jar built from source has a different checksum than any release: for it the checksum stays unpinned, and
 * init says so rather than pin a file nobody can download.
 */
final class RunningJar {
    private RunningJar() {}

    static Release release() {
        Properties p = new Properties();
        try (InputStream in = RunningJar.class.getResourceAsStream("/dev/handbook/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // no properties: an unpinned release of an unknown repository, which init reports
        }
        String repository = p.getProperty("repository", "https://github.com/handbook-dev/handbook");
        boolean isRelease = Boolean.parseBoolean(p.getProperty("release", "false"));
        return new Release(Version.get(), repository, isRelease ? sha256() : Optional.empty());
    }

    /** The SHA-256 of the jar this class was loaded from; empty when it was not loaded from a jar. */
    private static Optional<String> sha256() {
        try {
            Path jar = Path.of(RunningJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return Optional.empty();
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(jar), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | SecurityException e) {
            return Optional.empty();
        }
    }
}
