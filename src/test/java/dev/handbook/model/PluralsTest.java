package dev.handbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plural categories of whole numbers, as CLDR's plural rules give them (its examples per category). */
class PluralsTest {
    private static void assertCategory(String language, String category, long... numbers) {
        for (long n : numbers) {
            assertEquals(category, Plurals.category(language, n), language + " " + n);
        }
    }

    @Test
    void englishAndGermanHaveOneAndOther() {
        for (String language : new String[] {"en", "de", "de-AT", "en-GB"}) {
            assertCategory(language, "one", 1);
            assertCategory(language, "other", 0, 2, 5, 11, 21, 100, 1_000_000);
            assertEquals(Set.of("one", "other"), Plurals.categories(language));
        }
    }

    @Test
    void slavicAndRomanceLanguagesHaveMoreForms() {
        assertCategory("pl", "one", 1);
        assertCategory("pl", "few", 2, 3, 4, 22, 23, 24, 102);
        assertCategory("pl", "many", 0, 5, 11, 12, 14, 21, 25, 112);
        assertCategory("ru", "one", 1, 21, 101);
        assertCategory("ru", "few", 2, 4, 22);
        assertCategory("ru", "many", 0, 5, 11, 12, 20);
        assertCategory("fr", "one", 0, 1);
        assertCategory("fr", "many", 1_000_000);
        assertCategory("fr", "other", 2, 17, 100);
        assertEquals(Set.of("one", "many", "other"), Plurals.categories("fr"));
        assertCategory("ja", "other", 0, 1, 2);
        assertCategory("ar", "zero", 0);
        assertCategory("ar", "two", 2);
        assertCategory("ar", "few", 3, 10, 103);
        assertCategory("ar", "many", 11, 99, 111);
        assertCategory("ar", "other", 100, 102);
    }
}
