package dev.handbook.render;

import dev.handbook.diag.Diagnostic;
import dev.handbook.model.AnchorRef;
import dev.handbook.model.RenderedPage;
import java.util.List;

/**
 * Everything published from one source (a content page with, for a phase, its quiz page and worksheet; or
 * a page the site adds): the pages with their HTML, the problems found while rendering them, and the
 * {@code #anchor} links they make, checked once every page is rendered. A unit of rendering: what a later
 * build of the same process reuses whole while its inputs are the same.
 */
record Published(List<RenderedPage> pages, List<Diagnostic> diagnostics, List<AnchorRef> anchors) {
    Published {
        pages = List.copyOf(pages);
        diagnostics = List.copyOf(diagnostics);
        anchors = List.copyOf(anchors);
    }

    /** The same, its pages without their HTML once written. */
    Published withoutHtml() {
        return new Published(pages.stream().map(RenderedPage::withoutHtml).toList(), diagnostics, anchors);
    }

    static Published of(List<RenderedPage> pages, ContentLinks.Found found) {
        return new Published(pages, found.diagnostics().list(), found.anchors());
    }
}
