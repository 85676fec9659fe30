package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.GermanHandbook;
import dev.handbook.TestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A handbook with {@code language: de} shows no English theme text (issue 18, part 4): every built page's
 * visible text, its title, aria-label, placeholder, alt and description, and the words its scripts carry
 * (the JSON block they read their messages from) are scanned for the English messages' words. A word that
 * German uses too ({@link #SHARED}: Phase, Demo, Markdown) cannot tell, so it is left out.
 */
class GermanSiteTest {
    /** A value in the scripts' flat JSON object of messages: each follows a key and a colon. */
    private static final Pattern MAPPER_FREE_VALUES = Pattern.compile(":\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** The English words the German messages use too: on a German page they say nothing. */
    private static final Set<String> SHARED = Set.of("Demo", "Markdown", "Name", "Phase", "Repository", "Version");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z_]+\\}");

    @TempDir
    Path dir;

    @Test
    void aGermanHandbookShowsNoEnglishThemeText() throws IOException {
        assertNoEnglish(build(GermanHandbook.files()));
    }

    @Test
    void aGermanHandbookWithoutPartsShowsNoEnglishThemeText() throws IOException {
        assertNoEnglish(build(GermanHandbook.withoutParts()));
    }

    private void assertNoEnglish(Path site) throws IOException {
        Map<String, String> english = messages("en");
        Map<String, String> german = messages("de");
        String allGerman = PLACEHOLDER.matcher(String.join("\n", german.values())).replaceAll(" ");
        for (String word : SHARED) {
            assertTrue(wordIn(word, allGerman), "German uses '" + word + "' too");
        }
        Map<String, String> fragments = new LinkedHashMap<>();
        english.forEach((key, text) -> {
            for (String part : PLACEHOLDER.split(text)) {
                String fragment = part.strip().replaceAll("^[\\p{Punct}—–·›“”\\s]+|[\\p{Punct}—–·›“”\\s]+$", "");
                if (fragment.codePoints().filter(Character::isLetter).count() >= 3
                        && !SHARED.contains(fragment)) {
                    fragments.putIfAbsent(fragment, key);
                }
            }
        });
        assertTrue(fragments.size() > 250, "the scan looks for the English words: " + fragments.size());

        List<String> found = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= 11, "every kind of page is built: " + pages);
        for (Path page : pages) {
            String shown = shownText(Jsoup.parse(Files.readString(page)));
            fragments.forEach((fragment, key) -> {
                java.util.regex.Matcher m = word(fragment).matcher(shown);
                if (m.find()) {
                    found.add(site.relativize(page) + ": \"" + fragment + "\" (" + key + ") in \"" + shown.substring(
                            Math.max(0, m.start() - 40), Math.min(shown.length(), m.end() + 40)) + "\"");
                }
            });
        }
        assertEquals(List.of(), found, "English theme text on a German page");
    }

    @Test
    void theGermanPagesSayTheyAreGerman() throws IOException {
        Path site = build(GermanHandbook.files());
        Document index = Jsoup.parse(Files.readString(site.resolve("index.html")));
        assertEquals("de", index.selectFirst("html").attr("lang"));
        assertEquals("Zum Inhalt springen", index.selectFirst("a.skip-link, a[href='#main']").text());
        assertTrue(index.text().contains("Hinweis") && index.text().contains("Vorsicht"), "alert titles");
        assertEquals("Kopieren", index.selectFirst("script[data-copy]").attr("data-copy"));
        assertEquals("Zurück zur Fußnotenstelle 1", index.selectFirst("a[data-footnote-backref]").attr("aria-label"));
        Document phase = Jsoup.parse(Files.readString(site.resolve("phases/01-grundlagen/01-start.html")));
        assertEquals("Meisterprüfung", phase.selectFirst("#mastery-check").text());
        assertTrue(phase.text().contains("1–2 Wochen"), phase.text());
    }

    private Path build(Map<String, String> files) {
        TestSupport.write(dir, files);
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuilder("test", dir).build(new BuildRequest(dir.resolve("content"),
                TestSupport.TEMPLATES, site, Optional.of("https://example.org/buch/"), false, true));
        assertEquals(List.of(), result.warnings(), "the German handbook builds without a warning");
        return site;
    }

    /** What a reader sees or hears of a page, and what its scripts may show. */
    private static String shownText(Document page) {
        StringBuilder out = new StringBuilder(page.title()).append('\n');
        // Text in <noscript> is parsed as text by jsoup: it is what a reader without JavaScript sees.
        out.append(page.body().wholeText()).append('\n');
        for (Element e : page.select("[title], [aria-label], [placeholder], [alt], [data-label], "
                + "meta[name=description], meta[property^=og:]")) {
            for (String name : List.of("title", "aria-label", "placeholder", "alt", "data-label", "content")) {
                out.append(e.attr(name)).append('\n');
            }
        }
        // A script's words in its element's data attributes (code.js: the copy button).
        page.select("script[src]").forEach(script -> script.attributes().forEach(a -> {
            if (a.getKey().startsWith("data-")) {
                out.append(a.getValue()).append('\n');
            }
        }));
        Element words = page.getElementById("handbook-text");
        if (words != null) {
            // The values only, without their {placeholders}: keys and placeholder names are English, and no
            // reader sees them.
            MAPPER_FREE_VALUES.matcher(words.data()).results()
                    .forEach(m -> out.append(PLACEHOLDER.matcher(m.group(1)).replaceAll(" ")).append('\n'));
        }
        // Addresses (og:url, a worksheet's link to its page) hold the site's paths, which are not words.
        return out.toString().replaceAll("https?://\\S+", " ");
    }

    private static boolean wordIn(String fragment, String text) {
        return word(fragment).matcher(text).find();
    }

    private static Pattern word(String fragment) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(fragment) + "(?![\\p{L}\\p{N}])");
    }

    /** A shipped messages file, flattened to dotted keys. */
    static Map<String, String> messages(String language) throws IOException {
        try (InputStream in = GermanSiteTest.class.getResourceAsStream("/dev/handbook/messages/" + language
                + ".yml")) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, String> flat = new LinkedHashMap<>();
            flatten("", root, flat);
            return flat;
        }
    }

    private static void flatten(String prefix, Object node, Map<String, String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, into));
        } else {
            into.put(prefix, String.valueOf(node));
        }
    }

    static Set<String> keys(Map<String, String> messages) {
        return new LinkedHashSet<>(messages.keySet());
    }
}
