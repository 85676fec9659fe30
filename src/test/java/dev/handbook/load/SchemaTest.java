package dev.handbook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.model.ItemId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas in schemas/ (what editors check as a contributor types) and the loaders (what
 * {@code handbook check} checks) must never disagree: the same keys, the same id form, and on every real
 * and test file the schema rejects nothing that check accepts, and rejects the schema-level mistakes check
 * rejects (issue 6).
 */
class SchemaTest {
    static final Path SCHEMAS = Path.of("schemas");
    static final Path CASES = Path.of("src/test/resources/check");
    static final ObjectMapper JSON = new ObjectMapper();
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    static JsonNode read(String name) {
        try {
            return JSON.readTree(SCHEMAS.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> keys(JsonNode object) {
        Set<String> keys = new HashSet<>();
        object.get("properties").fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void everySchemaHasExactlyTheKeysTheLoaderKnows() {
        JsonNode handbook = read("handbook.schema.json");
        assertEquals(SettingsLoader.KEYS, keys(handbook));
        assertEquals(SettingsLoader.REPOSITORY_KEYS, keys(handbook.at("/properties/repository")));
        JsonNode checklist = read("checklist.schema.json");
        assertEquals(ChecklistLoader.TOP_KEYS, keys(checklist));
        assertEquals(ChecklistLoader.ITEM_KEYS, keys(checklist.at("/definitions/item")));
        assertEquals(ChecklistLoader.LINK_KEYS, keys(checklist.at("/definitions/link")));
        JsonNode quiz = read("quiz.schema.json");
        assertEquals(QuizLoader.TOP_KEYS, keys(quiz));
        assertEquals(QuizLoader.QUESTION_KEYS, keys(quiz.at("/definitions/question")));
        assertEquals(QuizLoader.OPTION_KEYS, keys(quiz.at("/definitions/option")));
        assertEquals(PageLoader.PAGE_KEYS, keys(read("page.schema.json")));
        assertEquals(PageLoader.PART_KEYS, keys(read("part.schema.json")));
        JsonNode phase = read("phase.schema.json");
        assertEquals(PageLoader.PHASE_KEYS, keys(phase));
        assertEquals(PageLoader.MASTERY_KEYS, keys(phase.at("/properties/mastery_check")));
    }

    @Test
    void everyObjectRejectsUnknownKeysAsTheLoaderDoes() {
        for (String name : List.of("handbook", "checklist", "quiz", "page", "phase", "part")) {
            List<String> open = new ArrayList<>();
            walk(read(name + ".schema.json"), "", (path, node) -> {
                if (node.has("properties") && !node.path("additionalProperties").isBoolean()) {
                    open.add(path);
                }
            });
            assertEquals(List.of(), open, name + ": objects without additionalProperties: false");
        }
    }

    @Test
    void idsHaveTheLoadersForm() {
        List<JsonNode> ids = List.of(read("handbook.schema.json").at("/properties/id"),
                read("checklist.schema.json").at("/definitions/item/properties/id"),
                read("checklist.schema.json").at("/definitions/former_id"),
                read("quiz.schema.json").at("/definitions/question/properties/id"));
        for (JsonNode id : ids) {
            assertEquals("^" + ItemId.FORM.pattern() + "$", id.get("pattern").asText());
            assertEquals(ItemId.MAX_LENGTH, id.get("maxLength").asInt());
        }
    }

    /** Each YAML document of a content folder with the schema it is checked against. */
    static Map<String, String> documents(Path content) throws IOException {
        Map<String, String> docs = new TreeMap<>();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = content.relativize(file).toString().replace('\\', '/');
                String text = SourceText.read(file, rel, new Diagnostics()).orElse(null);
                if (text == null) {
                    continue; // not UTF-8: check says so, an editor would not open it as YAML
                }
                if (rel.endsWith(".yml")) {
                    docs.put(rel, text);
                } else if (rel.endsWith(".md")) {
                    int end = text.indexOf("\n---", 3);
                    if (text.startsWith("---\n") && end > 0) {
                        docs.put(rel, text.substring(4, end + 1));
                    }
                }
            }
        }
        return docs;
    }

    static String schemaFor(String rel) {
        if (rel.equals("handbook.yml")) {
            return "handbook.schema.json";
        }
        if (rel.endsWith(".quiz.yml")) {
            return "quiz.schema.json";
        }
        if (rel.endsWith(".yml")) {
            return "checklist.schema.json";
        }
        if (rel.startsWith("phases/") && rel.endsWith("/index.md")) {
            return "part.schema.json";
        }
        return rel.startsWith("phases/") ? "phase.schema.json" : "page.schema.json";
    }

    static List<String> validate(String rel, String yaml) {
        Schema schema = REGISTRY.getSchema(read(schemaFor(rel)));
        return schema.validate(yaml, InputFormat.YAML).stream().map(Error::toString).toList();
    }

    @Test
    void theRealHandbookIsValidForEditorsToo() throws IOException {
        Map<String, String> docs = documents(Path.of("content"));
        assertTrue(docs.size() > 30, "too few documents: " + docs.keySet());
        for (Map.Entry<String, String> doc : docs.entrySet()) {
            assertEquals(List.of(), validate(doc.getKey(), doc.getValue()), doc.getKey());
        }
    }

    /** Golden check cases whose mistake is one a schema can see: the editor must flag the same file. */
    static final Map<String, String> SCHEMA_LEVEL = Map.ofEntries(
            Map.entry("unknown-key", "phases/01-first.yml"),
            Map.entry("missing-required-key", "phases/01-first.md"),
            Map.entry("wrong-types", "phases/01-first.md"),
            Map.entry("blank-text", "phases/01-first.yml"),
            Map.entry("bad-id", "phases/01-first.yml"),
            Map.entry("missing-id", "phases/01-first.yml"),
            Map.entry("empty-checklist", "extra.yml"),
            Map.entry("checklist-without-items", "extra.yml"),
            Map.entry("yaml-not-a-mapping", "phases/01-first.yml"),
            Map.entry("link-url-not-web", "phases/01-first.yml"),
            Map.entry("quiz-mistakes", "phases/01-first.quiz.yml"),
            Map.entry("handbook-yml-mistakes", "handbook.yml"),
            Map.entry("phase-without-outcomes-or-mastery-check", "phases/01-first.md"),
            Map.entry("phase-number-and-duration", "phases/01-first.md"));

    @Test
    void theSchemaFlagsWhatCheckFlagsAndNothingCheckAccepts() throws IOException {
        List<String> disagreements = new ArrayList<>();
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(CASES)) {
            cases = dirs.filter(d -> Files.isDirectory(d.resolve("content"))).sorted().toList();
        }
        for (Path c : cases) {
            String name = c.getFileName().toString();
            for (Map.Entry<String, String> doc : documents(c.resolve("content")).entrySet()) {
                if (!isParsable(doc.getValue())) {
                    continue; // broken YAML: both sides report the parser's error
                }
                boolean schemaRejects = !validate(doc.getKey(), doc.getValue()).isEmpty();
                boolean checkRejects = checkErrorsIn(c, doc.getKey());
                if (schemaRejects && !checkRejects) {
                    disagreements.add(name + "/" + doc.getKey() + ": the schema rejects what check accepts: "
                            + validate(doc.getKey(), doc.getValue()));
                }
                if (doc.getKey().equals(SCHEMA_LEVEL.get(name)) && !schemaRejects) {
                    disagreements.add(name + "/" + doc.getKey() + ": check rejects it, the schema does not");
                }
            }
        }
        assertEquals(List.of(), disagreements);
        assertTrue(cases.size() >= SCHEMA_LEVEL.size());
    }

    private static boolean isParsable(String yaml) {
        Diagnostics d = new Diagnostics();
        YamlParser.parse(yaml, "x", 0, d);
        return !d.hasErrors();
    }

    /** Whether the case's expected check output has an error located in {@code rel}. */
    private static boolean checkErrorsIn(Path c, String rel) throws IOException {
        if (c.getFileName().toString().equals("base")) {
            return false; // the valid handbook every case starts from
        }
        String expected = Files.readString(c.resolve("expected.txt"));
        return expected.lines().anyMatch(l -> l.startsWith("content/" + rel + ":") && l.contains(" error: "));
    }

    @Test
    void aSchemaCommentNamingAnotherKindIsAWarning() {
        Diagnostics d = new Diagnostics();
        ChecklistLoader.load("# yaml-language-server: $schema=../../schemas/quiz.schema.json\nitems:\n"
                + "  - id: a\n    text: A\n", "x.yml", d);
        assertEquals(List.of("x.yml:1:33: warning: the schema comment names quiz.schema.json, but this file is"
                + " checked as checklist.schema.json\n  hint: point it at ../../schemas/checklist.schema.json, so the"
                + " editor checks what handbook check does"), d.sorted().stream().map(Diagnostic::toString).toList());
        Diagnostics ok = new Diagnostics();
        ChecklistLoader.load("# yaml-language-server: $schema=../schemas/checklist.schema.json\nitems:\n"
                + "  - id: a\n    text: A\n", "x.yml", ok);
        assertFalse(ok.hasErrors() || !ok.sorted().isEmpty(), ok.sorted().toString());
    }

    private interface Visitor {
        void visit(String path, JsonNode node);
    }

    private static void walk(JsonNode node, String path, Visitor visitor) {
        if (node.isObject()) {
            visitor.visit(path, node);
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), path + "/" + field.getKey(), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, visitor);
            }
        }
    }
}
