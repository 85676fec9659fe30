package dev.handbook.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything loaded from content/: the settings, the landing page, the parts and the phases in order (a
 * handbook without parts has none), the other pages in navigation order, and the files beside them.
 */
public record Handbook(Settings settings, Page index, List<Page> parts, List<Page> phases, List<Page> pages,
        List<Asset> assets) {
    public Handbook {
        parts = List.copyOf(parts);
        phases = List.copyOf(phases);
        pages = List.copyOf(pages);
        assets = List.copyOf(assets);
    }

    /** Every page: index first, then the parts, the phases, and the other pages. */
    public Stream<Page> allPages() {
        return Stream.of(Stream.of(index), parts.stream(), phases.stream(), pages.stream()).flatMap(s -> s);
    }

    /** The phases of {@code part}, in order. */
    public List<Page> phasesOf(Page part) {
        return phases.stream().filter(p -> p.phase().part().equals(part.part().folder())).toList();
    }

    /** The part {@code phase} belongs to, if the handbook has parts. */
    public Optional<Page> partOf(Page phase) {
        return parts.stream().filter(p -> p.part().folder().equals(phase.phase().part())).findFirst();
    }

    public Optional<Page> pageByContentPath(String contentPath) {
        return allPages().filter(p -> p.contentPath().equals(contentPath)).findFirst();
    }

    public Handbook withSettings(Settings newSettings) {
        return new Handbook(newSettings, index, parts, phases, pages, assets);
    }
}
