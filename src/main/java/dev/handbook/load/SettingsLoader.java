package dev.handbook.load;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.diag.Severity;
import dev.handbook.model.Duration;
import dev.handbook.model.Settings;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads handbook.yml. */
final class SettingsLoader {
    static final Set<String> KEYS = Set.of("id", "title", "description", "language", "base_url",
            "repository", "trusted_html", "default_duration", "broken_anchors");
    static final Set<String> REPOSITORY_KEYS = Set.of("url", "branch");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

    private SettingsLoader() {}

    static Settings load(String text, String file, Diagnostics diagnostics) {
        SchemaComment.check(text, file, SchemaComment.HANDBOOK, diagnostics);
        Node root = YamlParser.parse(text, file, 0, diagnostics).orElse(null);
        YamlMap map = root == null
                ? YamlMap.empty(new SourcePosition(file, 1, 1), file, 0, diagnostics, "handbook.yml")
                : YamlMap.of(root, file, 0, diagnostics, "handbook.yml");
        if (root == null) {
            if (!diagnostics.hasErrors()) {
                diagnostics.error(new SourcePosition(file, 1, 1), "handbook.yml is empty",
                        "add at least 'id:', 'title:' and 'description:'");
            }
            return null;
        }
        map.rejectUnknownKeys(KEYS);
        String id = Ids.read(map, "id").value();
        String title = map.requiredText("title");
        String description = map.requiredText("description");
        String language = map.text("language").orElse("en");
        if (!LANGUAGE.matcher(language).matches()) {
            diagnostics.error(map.positionOf("language"), "language '" + language + "' is not a language tag",
                    "use a BCP 47 tag such as 'en' or 'en-GB'");
        }
        Optional<String> baseUrl = map.text("base_url").flatMap(url -> BaseUrls.normalize(url,
                map.positionOf("base_url"), diagnostics));
        Optional<Settings.Repository> repository = map.map("repository", "repository").map(r -> {
            r.rejectUnknownKeys(REPOSITORY_KEYS);
            String url = r.requiredText("url").replaceAll("/+$", "");
            if (!url.isEmpty() && !url.startsWith("https://")) {
                diagnostics.error(r.positionOf("url"), "repository url must start with https://",
                        "e.g. https://github.com/you/handbook");
            }
            return new Settings.Repository(url, r.text("branch").orElse("main"));
        });
        boolean trusted = map.bool("trusted_html").orElse(false);
        Optional<Duration> defaultDuration = map.has("default_duration")
                ? Optional.of(PageLoader.duration(map, "default_duration", diagnostics)) : Optional.empty();
        return new Settings(id, title, description, language, baseUrl, repository, trusted, defaultDuration,
                brokenAnchors(map, diagnostics));
    }

    /** {@code broken_anchors: warn} makes a link to a missing #anchor a warning (for ports of existing courses). */
    private static Severity brokenAnchors(YamlMap map, Diagnostics diagnostics) {
        String value = map.text("broken_anchors").orElse("error");
        if (value.equals("warn")) {
            return Severity.WARNING;
        }
        if (!value.equals("error")) {
            diagnostics.error(map.positionOf("broken_anchors"), "broken_anchors must be 'error' or 'warn', found '"
                    + value + "'", "'warn' reports a link to a missing #anchor without failing the build");
        }
        return Severity.ERROR;
    }
}
