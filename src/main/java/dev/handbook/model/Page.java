package dev.handbook.model;

/**
 * A content page: the landing page, a part, a phase or any other page. Phases carry their {@link PhaseInfo},
 * parts their {@link PartInfo}.
 *
 * @param sourceFile the Markdown file, relative to the project (e.g. "content/phases/01-core.md")
 * @param contentPath the same file relative to content/ (e.g. "phases/01-core.md"), used to resolve links
 * @param output     where it is published in the site
 * @param choice     how many checklist items a learner picks as their track ({@link Choice#NONE}: no choice)
 */
public record Page(String sourceFile, String contentPath, SitePath output, String title, String description,
        int navOrder, Markdown body, Checklist checklist, PhaseInfo phase, PartInfo part, Quiz quiz, Choice choice) {

    public boolean isPhase() {
        return phase != null;
    }

    public boolean isPart() {
        return part != null;
    }

    public boolean isIndex() {
        return output.value().equals("index.html");
    }

    /**
     * The stable key a learner's state for the page is kept under (progress bars, quiz scores, portfolio
     * entries, known phases): the output path without ".html", except that a phase is "phases/NN-slug"
     * whichever part it is in, so moving it to another part keeps what the learner did.
     */
    public String key() {
        if (isPhase()) {
            String name = contentPath.substring(contentPath.lastIndexOf('/') + 1);
            return "phases/" + name.substring(0, name.length() - ".md".length());
        }
        return stem();
    }

    /** The output path without ".html": where the files published beside the page (a quiz, a worksheet) go. */
    public String stem() {
        String v = output.value();
        return v.substring(0, v.length() - ".html".length());
    }
}
