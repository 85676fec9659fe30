package dev.handbook;

import java.util.HashMap;
import java.util.Map;

/**
 * A small handbook in German (issue 18, part 4) that reaches every kind of page the theme makes: parts,
 * phases with outcomes, a mastery check, review items and a quiz, a track page to pick projects from, alerts
 * and footnotes. Its own text is German too, so any English on its pages is the theme's.
 */
public final class GermanHandbook {
    private GermanHandbook() {}

    public static Map<String, String> files() {
        Map<String, String> files = new HashMap<>();
        files.put("content/handbook.yml", """
                id: deutsches-handbuch
                title: Deutsches Handbuch
                description: Ein Handbuch für Tests, auf Deutsch.
                language: de
                repository:
                  url: https://github.com/beispiel/handbuch
                """);
        files.put("content/index.md", """
                ---
                title: Willkommen
                ---
                Fang mit [den Grundlagen](phases/01-grundlagen/index.md) an.

                > [!NOTE]
                > Eine Bemerkung.

                > [!TIP]
                > Ein Ratschlag.

                > [!IMPORTANT]
                > Etwas Bedeutsames.

                > [!WARNING]
                > Etwas Heikles.

                > [!CAUTION]
                > Etwas Gefährliches.

                Ein Satz mit Fußnote.[^eins]

                [^eins]: Die Fußnote.

                ```rust
                fn main() {}
                ```
                """);
        files.put("content/phases/01-grundlagen/index.md", """
                ---
                title: Grundlagen
                description: Hier fangen alle an.
                ---
                Der erste Teil.
                """);
        files.put("content/phases/01-grundlagen/01-start.md", """
                ---
                title: Erste Schritte
                phase: 1
                duration: 1-2 weeks
                outcomes:
                  - Du kannst das *Erste*.
                mastery_check:
                  title: Baue ein Werkzeug
                  build: Ein kleines Kommandozeilenwerkzeug.
                  acceptance:
                    - Es läuft
                    - Es hat Tests
                    - Es hat eine Anleitung
                  stretch: Mach es schneller.
                  portfolio: Veröffentliche es.
                ---
                Einleitung.

                ## Ein Abschnitt

                Text.
                """);
        files.put("content/phases/01-grundlagen/01-start.yml", """
                items:
                  - id: erster-punkt
                    text: Lerne das `Erste`
                    detail: Ein Satz.
                    links:
                      - title: Dokumentation
                        url: https://doc.rust-lang.org/book/
                  - id: zweiter-punkt
                    text: Lerne das Zweite
                review:
                  - id: pruefe-alles
                    text: Alles geprüft
                """);
        files.put("content/phases/01-grundlagen/01-start.quiz.yml", """
                questions:
                  - id: frage-eins
                    prompt: Was stimmt?
                    options:
                      - text: Dies
                        correct: true
                        why: Darum.
                      - text: Das
                        why: Darum nicht.
                  - id: frage-zwei
                    prompt: Was stimmt alles?
                    multiple: true
                    options:
                      - text: Eins
                        correct: true
                        why: Weil.
                      - text: Zwei
                        correct: true
                        why: Auch weil.
                      - text: Drei
                        why: Nein.
                """);
        files.put("content/phases/02-weiter/index.md", """
                ---
                title: Weiter
                ---
                Der zweite Teil.
                """);
        files.put("content/phases/02-weiter/02-fortsetzung.md", """
                ---
                title: Fortsetzung
                phase: 2
                duration: ongoing
                ---
                Zurück zum [Anfang](../01-grundlagen/01-start.md#ein-abschnitt).
                """);
        files.put("content/phases/02-weiter/02-fortsetzung.yml", """
                items:
                  - id: weitermachen
                    text: Weitermachen
                """);
        files.put("content/projekte.md", """
                ---
                title: Abschlussprojekte
                description: Größere Projekte zur Auswahl.
                choose: 1-2
                ---
                Wähle aus.
                """);
        files.put("content/projekte.yml", """
                items:
                  - id: projekt-eins
                    text: Projekt eins
                  - id: projekt-zwei
                    text: Projekt zwei
                  - id: projekt-drei
                    text: Projekt drei
                """);
        return files;
    }

    /** The same handbook without parts: its phases straight in content/phases/, as most handbooks have them. */
    public static Map<String, String> withoutParts() {
        Map<String, String> files = new HashMap<>();
        files().forEach((path, text) -> {
            if (!path.endsWith("/index.md") || path.equals("content/index.md")) {
                files.put(path.replaceFirst("phases/0\\d-[a-z]+/", "phases/"), text
                        .replace("phases/01-grundlagen/index.md", "phases/01-start.md")
                        .replace("../01-grundlagen/01-start.md", "01-start.md"));
            }
        });
        return files;
    }
}
