package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Heading ids made by GitHub's rules (as the github-slugger package documents them). */
class GithubSluggerTest {
    private static List<String> slugs(GithubSlugger slugger, String... headings) {
        return Stream.of(headings).map(slugger::slug).toList();
    }

    @Test
    void lowerCasesDropsPunctuationAndTurnsSpacesIntoHyphens() {
        assertEquals(List.of("hello-world", "whats-new-in-v20", "snake_case-stays", "a--b", "ünïcödé-héading",
                "emoji-", "日本語の見出し", "1-2-3"),
                slugs(new GithubSlugger(), "Hello World", "What's new in v2.0?", "snake_case stays", "a – b",
                        "Ünïcödé Héading", "Emoji 🚀", "日本語の見出し", "1 2 3"));
    }

    @Test
    void repeatsGetANumberAndNeverCollideWithAnExistingSlug() {
        assertEquals(List.of("intro", "intro-1", "intro-2", "intro-1-1", "intro-3"),
                slugs(new GithubSlugger(), "Intro", "Intro", "Intro", "Intro-1", "Intro"));
    }

    @Test
    void idsThePageTemplateUsesAreTaken() {
        GithubSlugger slugger = new GithubSlugger();
        slugger.reserve(Set.of("checklist"));
        assertEquals(List.of("checklist-1", "checklist-2"), slugs(slugger, "Checklist", "Checklist"));
    }
}
