package dev.handbook.pipeline;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Reported;
import dev.handbook.diag.SourcePosition;
import dev.handbook.load.MessagesLoader;
import dev.handbook.memo.Memo;
import dev.handbook.model.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The theme's words in the handbook's language: the messages shipped in the jar for that language, with
 * the handbook's own content/messages.yml over them. Made again only when that file or the language changed.
 */
final class ThemeMessages {
    private ThemeMessages() {}

    static Reported<Messages> of(String language, BuildRequest request, Function<Path, String> show, Memo memo) {
        Path override = request.contentDir().resolve(MessagesLoader.OVERRIDE);
        return memo.get("messages", "", List.of(language, bytesOf(override)),
                () -> Reported.of(found -> load(language, request, override, show, found)));
    }

    private static Messages load(String language, BuildRequest request, Path override, Function<Path, String> show,
            Diagnostics diagnostics) {
        Path page = request.contentDir().resolve("messages.md");
        if (Files.exists(page)) {
            diagnostics.error(SourcePosition.of(show.apply(page)), "no page may be called messages.md",
                    "rename it: " + show.apply(override) + " holds the handbook's own words for the theme");
        }
        Path settings = request.contentDir().resolve("handbook.yml");
        return MessagesLoader.load(language, override, show.apply(override), languageAt(settings,
                show.apply(settings)), diagnostics).orElse(null);
    }

    /**
     * Where handbook.yml names the language: its value on the {@code language:} line, or the file's top when
     * it gives none (the language is then English, which always ships).
     */
    static SourcePosition languageAt(Path settings, String shown) {
        try {
            List<String> lines = Files.readAllLines(settings);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.startsWith("language:")) {
                    int value = "language:".length();
                    while (value < line.length() && line.charAt(value) == ' ') {
                        value++;
                    }
                    return new SourcePosition(shown, i + 1, value + 1);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // handbook.yml was read, and reported if unreadable, when the content was loaded
        }
        return new SourcePosition(shown, 1, 1);
    }

    /** What content/messages.yml holds now (compared by content), or a mark that there is none. */
    private static Object bytesOf(Path file) {
        try {
            return Files.isRegularFile(file) ? ByteBuffer.wrap(Files.readAllBytes(file)) : "none";
        } catch (IOException e) {
            return new Object(); // unreadable: never the same, so the loader reports it
        }
    }
}
