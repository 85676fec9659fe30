package dev.handbook.load;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.ItemId;
import dev.handbook.model.Markdown;
import dev.handbook.model.Quiz;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a phase's quiz file and checks each question can be marked. */
final class QuizLoader {
    static final Set<String> TOP_KEYS = Set.of("questions");
    static final Set<String> QUESTION_KEYS = Set.of("id", "prompt", "multiple", "options");
    static final Set<String> OPTION_KEYS = Set.of("text", "correct", "why");

    private QuizLoader() {}

    static Quiz load(String text, String file, Diagnostics diagnostics) {
        long errorsBefore = diagnostics.errorCount();
        SchemaComment.check(text, file, SchemaComment.QUIZ, diagnostics);
        Node root = YamlParser.parse(text, file, 0, diagnostics).orElse(null);
        if (root == null) {
            if (diagnostics.errorCount() == errorsBefore) {
                diagnostics.error(new SourcePosition(file, 1, 1), "quiz file is empty",
                        "add 'questions:' with at least one question, or delete the file");
            }
            return new Quiz(file, List.of());
        }
        YamlMap top = YamlMap.of(root, file, 0, diagnostics, "a quiz").withSource(text);
        top.rejectUnknownKeys(TOP_KEYS);
        List<Quiz.Question> questions = top.mapList("questions", n -> question(top.child(n, "a quiz question")));
        if (questions.isEmpty()) {
            diagnostics.error(top.position(), "quiz has no questions", "add 'questions:' with at least one question");
        }
        return new Quiz(file, questions);
    }

    private static Quiz.Question question(YamlMap map) {
        map.rejectUnknownKeys(QUESTION_KEYS);
        ItemId id = Ids.read(map, "id");
        Markdown prompt = map.requiredMarkdown("prompt");
        boolean multiple = map.bool("multiple").orElse(false);
        List<Quiz.Option> options = map.mapList("options", n -> option(map.child(n, "a quiz option")));
        long correct = options.stream().filter(Quiz.Option::correct).count();
        if (options.size() < 2) {
            map.diagnostics().error(map.position(), "question '" + id + "' needs at least two options", "");
        } else if (correct == 0) {
            map.diagnostics().error(map.position(), "question '" + id + "' has no correct option",
                    "mark the right answer with 'correct: true'");
        } else if (!multiple && correct > 1) {
            map.diagnostics().error(map.position(), "question '" + id + "' has " + correct
                    + " correct options but is single-choice", "add 'multiple: true' or mark only one option");
        }
        return new Quiz.Question(id, prompt, multiple, options);
    }

    private static Quiz.Option option(YamlMap map) {
        map.rejectUnknownKeys(OPTION_KEYS);
        Markdown text = map.requiredMarkdown("text");
        boolean correct = map.bool("correct").orElse(false);
        Markdown why = map.requiredMarkdown("why");
        return new Quiz.Option(text, correct, why);
    }
}
