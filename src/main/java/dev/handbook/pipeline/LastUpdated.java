package dev.handbook.pipeline;

import dev.handbook.load.GitDates;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A page's "last updated" date: the newest commit date among the files it is made of (its Markdown, its
 * checklist and its quiz). Dates come from commits, never from the clock or file times, so the same
 * checkout always builds the same pages.
 */
final class LastUpdated implements Function<String, Optional<String>> {
    private final Map<String, String> dates;

    private LastUpdated(Map<String, String> dates) {
        this.dates = dates;
    }

    static Function<String, Optional<String>> of(BuildRequest request) {
        return new LastUpdated(GitDates.read(request.contentDir()));
    }

    @Override
    public Optional<String> apply(String contentPath) {
        String stem = contentPath.endsWith(".md") ? contentPath.substring(0, contentPath.length() - 3) : contentPath;
        return Stream.of(contentPath, stem + ".yml", stem + ".quiz.yml").map(dates::get)
                .filter(date -> date != null).max(String::compareTo);
    }
}
