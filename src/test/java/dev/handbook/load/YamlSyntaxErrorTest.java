package dev.handbook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A YAML syntax error is reported where the broken construct opens, with a hint naming the usual mistake. */
class YamlSyntaxErrorTest {
    /** The one error {@code yaml} gives, as "line:column: message | hint", front matter style (offset 1). */
    private static String error(String yaml) {
        Diagnostics diagnostics = new Diagnostics();
        YamlParser.parse(yaml, "f.md", 1, diagnostics);
        List<Diagnostic> all = diagnostics.sorted();
        assertEquals(1, all.size(), all.toString());
        Diagnostic d = all.get(0);
        return d.line() + ":" + d.column() + ": " + d.message() + " | " + d.hint();
    }

    @Test
    void anUnclosedQuoteIsReportedAtTheQuoteNotWhereTheParserGaveUp() {
        String yaml = "title: Setup\nphase: 0\nduration: \"Install the tools\noutcomes:\n  - You can install Rust.\n"
                + "mastery_check:\n  title: Repo\n  acceptance:\n    - one\n    - two\n    - three\n";
        assertEquals("4:11: invalid YAML: the quote opened here is not closed on its line (YAML read on to line 13)"
                + " | end the text with \" on this line", error(yaml));
        assertEquals("3:4: invalid YAML: the quote opened here is not closed on its line (YAML read on to line 4)"
                + " | end the text with ' on this line", error("a: b\nc: 'it''s open\n"));
    }

    @Test
    void aQuoteThatAnotherLinesQuoteClosesIsStillFoundAtItsStart() {
        String yaml = "items:\n  - id: a\n    text: \"Learn it\n  - id: b\n    text: \"Learn more\"\n";
        assertEquals("4:11: invalid YAML: the quote opened here is not closed on its line (YAML read on to line 6)"
                + " | end the text with \" on this line", error(yaml));
    }

    @Test
    void aColonInsideUnquotedTextPointsAtTheTextAndShowsItQuoted() {
        assertEquals("4:11: invalid YAML: this text contains ': ', which YAML reads as the start of a new key"
                + " | put the whole text in quotes: text: \"Rust: the book\"",
                error("items:\n  - id: a\n    text: Rust: the book\n"));
        assertEquals("3:8: invalid YAML: this text contains ': ', which YAML reads as the start of a new key"
                + " | put the whole text in quotes: build: 'Say \"hi\": twice'", error("a: b\nbuild: Say \"hi\": twice\n"));
    }

    @Test
    void tabsAreNamedWhereverTheyStand() {
        assertEquals("3:1: invalid YAML: a tab in the indentation | indent with spaces only: YAML does not allow"
                + " tabs for indentation", error("items:\n\t- id: a\n"));
        assertEquals("4:10: invalid YAML: a tab before a value | write a space instead: YAML does not allow a tab"
                + " after ':' or '-'", error("items:\n  - id: a\n    text:\tLearn it\n"));
    }

    @Test
    void textStartingWithAReservedCharacterAsksForQuotes() {
        assertEquals("4:11: invalid YAML: text cannot start with '`' unless it is quoted | put the whole text in"
                + " quotes: text: \"`cargo` first\"", error("items:\n  - id: a\n    text: `cargo` first\n"));
        assertEquals("4:11: invalid YAML: text starting with '[' is read as a list | put the whole text in quotes:"
                + " text: \"[The book](x) first\"", error("items:\n  - id: a\n    text: [The book](x) first\n"));
        assertEquals("4:11: invalid YAML: the text goes on after its closing quote | put the quotes around the"
                + " whole text, or leave them out: text: '\"Ship\" it'", error("items:\n  - id: a\n    text: \"Ship\" it\n"));
    }

    @Test
    void anUnclosedBracketIsReportedWhereItOpens() {
        assertEquals("4:11: invalid YAML: the '[' opened here is never closed | close it with ']', or put the whole"
                + " text in quotes if it is text: text: \"[\"", error("items:\n  - id: a\n    text: [\n"));
        assertEquals("2:8: invalid YAML: the '[' opened here is never closed | close it with ']', or put the whole"
                + " text in quotes if it is text: items: \"[a, b\"", error("items: [a, b\n"));
    }

    @Test
    void otherErrorsKeepTheParsersWordsAndPlace() {
        assertEquals("4:13: invalid YAML: mapping values are not allowed here | " + YamlSyntaxError.GENERIC_HINT,
                error("items:\n  - id: a\n        text: Learn it\n"));
    }

    @Test
    void quotesInsideABlockOfTextAreText() {
        // The quote on line 3 is part of the '|' text; the error is the tab below it.
        assertEquals("6:1: invalid YAML: a tab in the indentation | indent with spaces only: YAML does not allow"
                + " tabs for indentation", error("text: |\n  He said \"stop\n  and went\nmore:\n\t- x\n"));
    }
}
