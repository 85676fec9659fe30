package dev.handbook.model;

import java.util.Optional;

/**
 * The handbook's settings from handbook.yml.
 *
 * @param id          namespaces learners' stored progress; never changes once published
 * @param baseUrl     absolute URL of the published site, ending in "/", when known
 * @param repository  where the sources live, for "Edit this page" links
 * @param trustedHtml when true, raw HTML in the content is published as written (not sanitised)
 */
public record Settings(String id, String title, String description, String language, Optional<String> baseUrl,
        Optional<Repository> repository, boolean trustedHtml) {

    /** A GitHub repository and branch. */
    public record Repository(String url, String branch) {
        public String editUrl(String sourceFile) {
            return url + "/edit/" + branch + "/" + sourceFile;
        }
    }

    public Settings withBaseUrl(String url) {
        return new Settings(id, title, description, language, Optional.of(url), repository, trustedHtml);
    }
}
