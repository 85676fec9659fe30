package dev.handbook.render;

import java.util.Random;

/** Random strings for the differential tests: each character drawn from a few that matter to the code. */
final class RandomText {
    private RandomText() {}

    /** Up to {@code maxLength - 1} characters, each one of {@code pieces} (a surrogate pair may be split). */
    static String of(Random random, String pieces, int maxLength) {
        int length = random.nextInt(maxLength);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(pieces.charAt(random.nextInt(pieces.length())));
        }
        return text.toString();
    }
}
