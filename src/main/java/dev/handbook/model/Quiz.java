package dev.handbook.model;

import java.util.List;

/** A phase's self-check quiz. */
public record Quiz(String sourceFile, List<Question> questions) {
    public Quiz {
        questions = List.copyOf(questions);
    }

    public static Quiz none() {
        return new Quiz("", List.of());
    }

    public boolean isEmpty() {
        return questions.isEmpty();
    }

    /** One question; {@code multiple} when more than one option is correct. */
    public record Question(ItemId id, Markdown prompt, boolean multiple, List<Option> options) {
        public Question {
            options = List.copyOf(options);
        }
    }

    /** An answer option with the reason it is right or wrong. */
    public record Option(Markdown text, boolean correct, Markdown why) {}
}
