package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.model.Page;
import dev.handbook.model.Quiz;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 10, part 1: each phase's quiz is an accessible form, marked in the browser, its best score kept. Since
 * issue 9 it has a page of its own, linked from the phase's mastery check.
 */
class QuizIT extends LearnerBrowserTest {
    static final String PHASE = "phases/01-core-rust-foundations";

    /** Reads each question's shape in one script call: per question, its legend, then type/name/label of each input. */
    private static final String SHAPE = """
            return Array.from(document.querySelectorAll('.quiz fieldset.question')).map(function (q) {
              var out = [q.querySelector('legend').textContent.trim(),
                String(q.querySelector('details.answer').getClientRects().length > 0)];
              q.querySelectorAll('input').forEach(function (i) {
                var label = document.querySelector('label[for="' + i.id + '"]');
                out.push(i.type + ' ' + i.name + ' ' + (label && label.getClientRects().length > 0));
              });
              return out;
            });""";

    @Test
    void everyPhaseHasItsQuizAsAFormWithOneFieldsetPerQuestion() {
        for (Page phase : site.handbook().phases()) {
            open(phase.key() + ".quiz.html");
            @SuppressWarnings("unchecked")
            List<List<String>> questions = (List<List<String>>) js(SHAPE);
            List<Quiz.Question> source = phase.quiz().questions();
            assertEquals(source.size(), questions.size(), phase.key());
            assertTrue(source.size() >= 5 && source.size() <= 8, phase.key() + ": " + source.size());
            for (int i = 0; i < source.size(); i++) {
                List<String> q = questions.get(i);
                assertTrue(q.get(0).startsWith("Question " + (i + 1) + " of " + source.size() + ". "), q.get(0));
                // With JavaScript on, the answers stay hidden until the learner checks.
                assertEquals("false", q.get(1), phase.key() + " question " + (i + 1));
                String type = source.get(i).multiple() ? "checkbox" : "radio";
                assertEquals(source.get(i).options().size(), q.size() - 2);
                // Every input is a radio (single) or checkbox (multiple) of its question's group with a visible label.
                String expected = type + " q-" + source.get(i).id() + " true";
                q.subList(2, q.size()).forEach(input -> assertEquals(expected, input));
            }
        }
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void checkingMarksEveryOptionWithItsReasonAndKeepsTheBestScore() {
        open(PHASE + ".quiz.html");
        int total = findAll(".quiz fieldset.question").size();
        answer(true);
        find(".quiz-actions button[type='submit']").click();
        assertEquals("You got " + total + " of " + total + " right. Saved as your best score.",
                text("[data-quiz-result]"));
        assertEquals(find("[data-quiz-result]"), browser.switchTo().activeElement(), "focus moves to the score");
        for (WebElement q : findAll(".quiz fieldset.question")) {
            assertEquals("Right.", q.findElement(By.cssSelector("[data-question-result]")).getText());
            for (WebElement option : q.findElements(By.cssSelector(".option"))) {
                String feedback = option.findElement(By.cssSelector(".option-feedback")).getText();
                boolean correct = option.getAttribute("data-correct") != null;
                assertTrue(feedback.startsWith(correct ? "Your answer: correct. " : "Not correct. "), feedback);
                assertTrue(feedback.length() > 25, "the option's reason follows the verdict: " + feedback);
            }
        }
        screenshot("quiz-checked", find(".quiz fieldset.question"));
        assertEquals(Map.of("best", (long) total, "of", (long) total), bestOf(stored()));

        browser.navigate().refresh();
        assertEquals("Your best score: " + total + " of " + total + ".", text("[data-quiz-best]"));
        open("index.html");
        assertEquals("Quiz best: " + total + " of " + total, find(".card:nth-child(2) .card-quiz").getText());
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void aWorseTryKeepsTheBestAndPartialMultipleChoiceIsWrong() {
        open(PHASE + ".quiz.html");
        long total = findAll(".quiz fieldset.question").size();
        answer(true);
        find(".quiz-actions button[type='submit']").click();
        find("[data-quiz-again]").click();
        assertTrue(findAll(".option-feedback").isEmpty(), "try again clears the marks");
        assertEquals(0, findAll(".quiz input:checked").size(), "and the answers");

        // The multiple-choice question with only one of its correct options: not right.
        WebElement multiple = find("#q-q01-mixed-shapes");
        WebElement firstCorrect = multiple.findElement(By.cssSelector(".option[data-correct] input"));
        clickLabelOf(firstCorrect.getAttribute("id"));
        find(".quiz-actions button[type='submit']").click();
        assertEquals("Not quite.", multiple.findElement(By.cssSelector("[data-question-result]")).getText());
        List<WebElement> missed = multiple.findElements(By.cssSelector(".option[data-correct]:not(.is-chosen)"));
        assertFalse(missed.isEmpty());
        assertTrue(missed.get(0).getText().contains("A correct answer."), missed.get(0).getText());
        assertEquals("Not answered.", find("#q-q01-borrow-then-push [data-question-result]").getText());
        assertEquals("You got 0 of " + total + " right. Your best is still " + total + " of " + total + ".",
                text("[data-quiz-result]"));
        assertEquals(Map.of("best", total, "of", total), bestOf(stored()));

        // Changing an answer after checking makes the marks stale, so they go.
        clickLabelOf(multiple.findElements(By.cssSelector("input")).get(2).getAttribute("id"));
        assertTrue(findAll(".option-feedback").isEmpty());
        assertFalse(find("[data-quiz-result]").isDisplayed());
        Chromium.assertNoConsoleErrors(browser);
    }

    @Test
    void withJavaScriptOffTheQuizStillReadsWithItsAnswers() {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open(PHASE + ".quiz.html");
            assertFalse(find(".quiz-actions").isDisplayed(), "no button that could not work");
            assertTrue(find("#q-q01-borrow-then-push").isDisplayed());
            WebElement details = find("#q-q01-borrow-then-push details.answer");
            details.findElement(By.tagName("summary")).click();
            String answer = details.getText();
            assertTrue(answer.contains("Correct:") && answer.contains("Not correct:"), answer);
            assertTrue(answer.contains("A value can have many shared borrows or one mutable borrow at a time"), answer);
            // The options are lettered, and the explanations follow the same letters.
            assertTrue(js("return getComputedStyle(arguments[0], '::before').content", find("#q-q01-borrow-then-push"
                    + " label")).toString().contains("upper-alpha"));
            assertEquals("upper-alpha", js("return getComputedStyle(arguments[0]).listStyleType",
                    find("#q-q01-borrow-then-push .answer-list")));
            open(PHASE + ".html");
            assertFalse(find("form[data-portfolio]").isDisplayed(), "nothing to save into without JavaScript");
            assertTrue(find(".quiz-link a").isDisplayed(), "the quiz is a link away");
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    /** Issue 9: the phase page links to its quiz page and back, and shows the best score kept there. */
    @Test
    void thePhasePageLinksToItsQuizAndShowsTheBestScore() {
        open(PHASE + ".html");
        assertTrue(findAll(".quiz fieldset.question").isEmpty(), "the quiz is not on the phase page");
        assertFalse(find("[data-quiz-best]").isDisplayed(), "no score yet");
        WebElement link = find(".mastery .quiz-link a");
        int total = site.handbook().phases().get(1).quiz().questions().size();
        assertEquals("Take the phase quiz (" + total + " questions)", link.getText());
        link.click();
        waitUntil(() -> browser.getCurrentUrl().endsWith(PHASE + ".quiz.html"));
        assertEquals("Phase 1 quiz: Core Rust Foundations", find("h1").getText());
        answer(false);
        find(".quiz-actions button[type='submit']").click();
        assertEquals("You got 0 of " + total + " right. Saved as your best score.", text("[data-quiz-result]"));
        assertEquals(Map.of("best", 0L, "of", (long) total), bestOf(stored()));
        find(".back-link a").click();
        waitUntil(() -> browser.getCurrentUrl().endsWith(PHASE + ".html#mastery-check"));
        assertEquals("Your best score: 0 of " + total + ".", text("[data-quiz-best]"));
        Chromium.assertNoConsoleErrors(browser);
    }

    /** Answers every question: all correct options, or one wrong option each. */
    private static void answer(boolean right) {
        for (WebElement q : findAll(".quiz fieldset.question")) {
            String css = right ? ".option[data-correct] input" : ".option:not([data-correct]) input";
            List<WebElement> inputs = q.findElements(By.cssSelector(css));
            for (WebElement input : right ? inputs : inputs.subList(0, 1)) {
                clickLabelOf(input.getAttribute("id"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> bestOf(Map<String, Object> state) {
        Map<String, Object> quiz = (Map<String, Object>) state.get("quiz");
        Map<String, Object> entry = (Map<String, Object>) quiz.get(PHASE);
        return Map.of("best", entry.get("best"), "of", entry.get("of"));
    }
}
