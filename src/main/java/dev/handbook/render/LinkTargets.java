package dev.handbook.render;

import dev.handbook.model.Handbook;
import java.util.ArrayList;
import java.util.List;

/**
 * What a link in any page can resolve to: every page and file, and the questions of every quiz (a link to
 * {@code #q-...} of a phase leads to its quiz page). A page or file added or removed, or a question, changes
 * how links resolve, so it is part of every page's inputs.
 */
final class LinkTargets {
    private LinkTargets() {}

    static List<String> of(Handbook handbook) {
        List<String> targets = new ArrayList<>();
        handbook.allPages().forEach(p -> {
            targets.add(p.contentPath());
            p.quiz().questions().forEach(q -> targets.add(p.contentPath() + "#q-" + q.id().value()));
        });
        handbook.assets().forEach(a -> targets.add(a.output().value()));
        return targets;
    }
}
