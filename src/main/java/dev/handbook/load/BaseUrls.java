package dev.handbook.load;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Checks a site's base URL (absolute http(s), no query or fragment) and makes it end in "/". */
public final class BaseUrls {
    private BaseUrls() {}

    public static Optional<String> normalize(String url, SourcePosition at, Diagnostics diagnostics) {
        try {
            URI uri = new URI(url);
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new URISyntaxException(url, "not an absolute http(s) URL");
            }
            return Optional.of(url.endsWith("/") ? url : url + "/");
        } catch (URISyntaxException e) {
            diagnostics.error(at, "base URL '" + url + "' is not an absolute http(s) URL",
                    "e.g. https://you.github.io/handbook/");
            return Optional.empty();
        }
    }
}
