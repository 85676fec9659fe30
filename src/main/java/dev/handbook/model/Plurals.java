package dev.handbook.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which plural form a count takes in a language: Unicode CLDR's cardinal categories ({@code zero}, {@code one},
 * {@code two}, {@code few}, {@code many}, {@code other}) for whole numbers, the only numbers the theme counts.
 * The browser asks {@code Intl.PluralRules}, which holds the same CLDR rules; the JDK has no public API for
 * them, and ICU4J (14 MB) would be the only library. PluralsTest checks the table against CLDR's examples
 * for a language of each rule. A language not in it counts as English does (one for 1, other for the rest).
 */
public final class Plurals {
    public static final Set<String> CATEGORIES = Set.of("zero", "one", "two", "few", "many", "other");

    private enum Rule { OTHER, ONE, ONE_MILLION, ZERO_ONE, ZERO_ONE_MILLION, RUSSIAN, POLISH, CZECH, SERBIAN,
        ARABIC, HEBREW, LITHUANIAN, LATVIAN, ROMANIAN, SLOVENIAN }

    private static final Map<String, Rule> RULES = rules();

    private Plurals() {}

    private static Map<String, Rule> rules() {
        Map<String, Rule> rules = new java.util.HashMap<>();
        for (String lang : "ja zh ko vi th id ms lo my km yue jv".split(" ")) {
            rules.put(lang, Rule.OTHER);
        }
        for (String lang : ("en de nl sv da nb nn no fi et el hu tr bg eu gl ka sq ur sw af az kk ky mn uz ta te ml"
                + " ne").split(" ")) {
            rules.put(lang, Rule.ONE);
        }
        for (String lang : "es it ca".split(" ")) {
            rules.put(lang, Rule.ONE_MILLION);
        }
        for (String lang : "hi bn gu kn fa am zu".split(" ")) {
            rules.put(lang, Rule.ZERO_ONE);
        }
        for (String lang : "fr pt".split(" ")) {
            rules.put(lang, Rule.ZERO_ONE_MILLION);
        }
        for (String lang : "ru uk be".split(" ")) {
            rules.put(lang, Rule.RUSSIAN);
        }
        rules.put("pl", Rule.POLISH);
        rules.put("cs", Rule.CZECH);
        rules.put("sk", Rule.CZECH);
        for (String lang : "hr sr bs".split(" ")) {
            rules.put(lang, Rule.SERBIAN);
        }
        rules.put("ar", Rule.ARABIC);
        rules.put("he", Rule.HEBREW);
        rules.put("lt", Rule.LITHUANIAN);
        rules.put("lv", Rule.LATVIAN);
        rules.put("ro", Rule.ROMANIAN);
        rules.put("sl", Rule.SLOVENIAN);
        return Map.copyOf(rules);
    }

    /** Whether the table holds {@code language}'s rules (a BCP 47 tag: its first subtag counts). */
    public static boolean knows(String language) {
        return RULES.containsKey(base(language));
    }

    /** The category of the whole number {@code n} in {@code language}. */
    public static String category(String language, long n) {
        long i = Math.abs(n);
        long i10 = i % 10;
        long i100 = i % 100;
        boolean million = i != 0 && i % 1_000_000 == 0;
        return switch (RULES.getOrDefault(base(language), Rule.ONE)) {
            case OTHER -> "other";
            case ONE -> i == 1 ? "one" : "other";
            case ONE_MILLION -> i == 1 ? "one" : million ? "many" : "other";
            case ZERO_ONE -> i <= 1 ? "one" : "other";
            case ZERO_ONE_MILLION -> i <= 1 ? "one" : million ? "many" : "other";
            case RUSSIAN -> i10 == 1 && i100 != 11 ? "one"
                    : i10 >= 2 && i10 <= 4 && (i100 < 12 || i100 > 14) ? "few" : "many";
            case POLISH -> i == 1 ? "one" : i10 >= 2 && i10 <= 4 && (i100 < 12 || i100 > 14) ? "few" : "many";
            case CZECH -> i == 1 ? "one" : i >= 2 && i <= 4 ? "few" : "other";
            case SERBIAN -> i10 == 1 && i100 != 11 ? "one"
                    : i10 >= 2 && i10 <= 4 && (i100 < 12 || i100 > 14) ? "few" : "other";
            case ARABIC -> i == 0 ? "zero" : i == 1 ? "one" : i == 2 ? "two" : i100 >= 3 && i100 <= 10 ? "few"
                    : i100 >= 11 ? "many" : "other";
            case HEBREW -> i == 1 ? "one" : i == 2 ? "two" : "other";
            case LITHUANIAN -> i10 == 1 && (i100 < 11 || i100 > 19) ? "one"
                    : i10 >= 2 && (i100 < 11 || i100 > 19) ? "few" : "other";
            case LATVIAN -> i10 == 0 || (i100 >= 11 && i100 <= 19) ? "zero" : i10 == 1 ? "one" : "other";
            case ROMANIAN -> i == 1 ? "one" : i == 0 || (i100 >= 1 && i100 <= 19) ? "few" : "other";
            case SLOVENIAN -> i100 == 1 ? "one" : i100 == 2 ? "two" : i100 == 3 || i100 == 4 ? "few" : "other";
        };
    }

    /**
     * The categories whole numbers take in {@code language}: the forms a message that counts must give there.
     * Every rule above decides by the last two digits, and by whether the number is a whole million.
     */
    public static Set<String> categories(String language) {
        Set<String> found = new TreeSet<>();
        for (long n = 0; n < 200; n++) {
            found.add(category(language, n));
        }
        found.add(category(language, 1_000_000));
        return found;
    }

    private static String base(String language) {
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
