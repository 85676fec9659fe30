package dev.handbook.model;

/**
 * A content page: the landing page, a phase or any other page. Phases carry their {@link PhaseInfo}.
 *
 * @param sourceFile the Markdown file, relative to the project (e.g. "content/phases/01-core.md")
 * @param contentPath the same file relative to content/ (e.g. "phases/01-core.md"), used to resolve links
 * @param output     where it is published in the site
 * @param choice     how many checklist items a learner picks as their track ({@link Choice#NONE}: no choice)
 */
public record Page(String sourceFile, String contentPath, SitePath output, String title, String description,
        int navOrder, Markdown body, Checklist checklist, PhaseInfo phase, Quiz quiz, Choice choice) {

    public boolean isPhase() {
        return phase != null;
    }

    public boolean isIndex() {
        return output.value().equals("index.html");
    }

    /** The stable key pages are addressed by in scripts and navigation: the output path without ".html". */
    public String key() {
        String v = output.value();
        return v.substring(0, v.length() - ".html".length());
    }
}
