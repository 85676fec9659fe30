package dev.handbook.model;

import dev.handbook.diag.Severity;
import java.util.Optional;

/**
 * The handbook's settings from handbook.yml.
 *
 * @param id          namespaces learners' stored progress; never changes once published
 * @param baseUrl     absolute URL of the published site, ending in "/", when known
 * @param repository  where the sources live, for "Edit this page" links
 * @param trustedHtml when true, raw HTML in the content is published as written (not sanitised)
 * @param defaultDuration how long the plan counts a phase that gives no duration of its own
 * @param brokenAnchors whether a link to a missing {@code #anchor} is an error (the default) or a warning
 */
public record Settings(String id, String title, String description, String language, Optional<String> baseUrl,
        Optional<Repository> repository, boolean trustedHtml, Optional<Duration> defaultDuration,
        Severity brokenAnchors) {

    /** A GitHub repository and branch. */
    public record Repository(String url, String branch) {
        public String editUrl(String sourceFile) {
            return url + "/edit/" + branch + "/" + sourceFile;
        }
    }

    public Settings withBaseUrl(String url) {
        return new Settings(id, title, description, language, Optional.of(url), repository, trustedHtml,
                defaultDuration, brokenAnchors);
    }
}
