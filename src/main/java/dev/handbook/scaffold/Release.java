package dev.handbook.scaffold;

import java.util.Optional;

/**
 * The handbook release a new handbook's workflows download and verify.
 *
 * @param version    e.g. "1.4.0"; the release is the tag v1.4.0
 * @param repository where its releases are, e.g. "https://github.com/handbook-dev/handbook"
 * @param sha256     the release jar's SHA-256; empty when the running jar is no release (a build from source),
 *                   so the workflows say to pin it instead of trusting a checksum nobody published
 */
public record Release(String version, String repository, Optional<String> sha256) {
    /** What .github/handbook.sh holds in place of a checksum; the script refuses to run with it. */
    static final String UNPINNED = "PIN-THE-SHA-256-OF-THE-RELEASE-JAR";
}
