package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A quoted string reads back as the text, and holds nothing that could end a script or a line. */
class JsonTextTest {
    @Test
    void escapesWhatJsonAndScriptsNeed() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\u003c/script>\\u2028\\u2029\\u0001é😀\"",
                JsonText.quote("a\"b\\c\n\r\t</script>\u2028\u2029\u0001é😀"));
        assertEquals("\"\"", JsonText.quote(""));
        assertEquals("\"plain\"", JsonText.quote("plain"));
    }

    @Test
    void randomTextsReadBackAsThemselves() {
        // JSON is YAML's double-quoted string syntax here: SnakeYAML reads the literal back (its reader
        // refuses a raw DEL and lone surrogates, which JSON passes through, so the pieces leave them out).
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        String pieces = "ab <>/\"\\\n\r\t\u0000\u001f\u2028\u2029é–";
        Random random = new Random(3);
        for (int round = 0; round < 5_000; round++) {
            String s = RandomText.of(random, pieces, 30);
            String quoted = JsonText.quote(s);
            assertEquals(s, yaml.load(quoted), quoted);
            assertTrue(quoted.chars().noneMatch(c -> c < 0x20 || c == '<' || c == 0x2028 || c == 0x2029), quoted);
        }
    }
}
