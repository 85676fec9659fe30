package dev.handbook.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything loaded from content/: the settings, the landing page, the phases in order, the other pages
 * in navigation order, and the files beside them.
 */
public record Handbook(Settings settings, Page index, List<Page> phases, List<Page> pages, List<Asset> assets) {
    public Handbook {
        phases = List.copyOf(phases);
        pages = List.copyOf(pages);
        assets = List.copyOf(assets);
    }

    /** Every page: index first, then phases, then the other pages. */
    public Stream<Page> allPages() {
        return Stream.of(Stream.of(index), phases.stream(), pages.stream()).flatMap(s -> s);
    }

    public Optional<Page> pageByContentPath(String contentPath) {
        return allPages().filter(p -> p.contentPath().equals(contentPath)).findFirst();
    }

    public Handbook withAssets(List<Asset> newAssets) {
        return new Handbook(settings, index, phases, pages, newAssets);
    }
}
