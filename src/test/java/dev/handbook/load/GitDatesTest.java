package dev.handbook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one-pass {@code git log -z --name-only} output, newest commit first. */
class GitDatesTest {
    @Test
    void theNewestDateOfEachFileUnderTheContentFolderWins() {
        String log = "\u001e2024-03-04\0\ncontent/phases/01-x.yml\0\u001e2024-01-02\0\ncontent/phases/01-x.yml\0"
                + "content/index.md\0README.md\0";
        assertEquals(Map.of("phases/01-x.yml", "2024-03-04", "index.md", "2024-01-02"),
                GitDates.parse(log, "content/"));
    }

    @Test
    void aFileNameWithSpacesAndNonAsciiLettersStaysWhole() {
        assertEquals(Map.of("img/café plan.png", "2025-05-06"),
                GitDates.parse("\u001e2025-05-06\0\ncontent/img/café plan.png\0", "content/"));
    }
}
