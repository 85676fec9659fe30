package dev.handbook.render;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import dev.handbook.model.AnchorRef;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.model.SitePath;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves links written in content the way GitHub's file view does: relative to the file, with
 * {@code .md} paths naming other pages. Page links become relative {@code .html} URLs; files beside the
 * content keep their relative path (the site mirrors content/). Every link that leads nowhere is an
 * error, reported to the unit of work that rendered it; {@code #anchors} are recorded there too and
 * checked once all pages are rendered.
 */
public final class ContentLinks {
    private final Map<String, Page> pagesByPath = new HashMap<>();
    private final Set<String> files = new HashSet<>();

    public ContentLinks(Handbook handbook) {
        handbook.allPages().forEach(p -> pagesByPath.put(p.contentPath(), p));
        handbook.assets().forEach(a -> files.add(a.output().value()));
    }

    /** What the links of one unit of work found: their problems and the {@code #anchors} they name. */
    public record Found(Diagnostics diagnostics, List<AnchorRef> anchors) {
        public Found() {
            this(new Diagnostics(), new ArrayList<>());
        }
    }

    /** The resolver for links written in {@code from}, reporting to {@code found}. */
    LinkResolver from(Page from, Found found) {
        return from(from, from.output(), found);
    }

    /**
     * The resolver for text written in {@code from} and published again at {@code copy} (a worksheet): paths
     * still resolve from the source file, URLs are relative to the copy, and {@code #anchors} lead back to
     * the source page.
     */
    LinkResolver from(Page from, SitePath copy, Found found) {
        return (destination, image, at) -> {
            String url = resolve(from, copy, destination, image, at, found);
            boolean anchorOnly = url.startsWith("#") && destination.startsWith("#");
            if (!anchorOnly) {
                return url;
            }
            SitePath holder = holder(from, url.substring(1));
            return holder.equals(copy) ? url : copy.relativeUrlTo(holder) + url;
        };
    }

    private String resolve(Page from, SitePath copy, String destination, boolean image, SourcePosition at,
            Found found) {
        if (destination.isEmpty() || !UrlPolicy.scheme(destination).isEmpty() || destination.startsWith("//")) {
            return destination;
        }
        if (destination.startsWith("#")) {
            record(from, destination.substring(1), at, found);
            return destination;
        }
        if (destination.startsWith("/")) {
            error(found, at, "link '" + destination + "' starts with '/', which breaks when the site is served from a"
                    + " sub-path", "write it relative to this file, e.g. '" + suggest(from, destination) + "'");
            return destination;
        }
        int hash = destination.indexOf('#');
        String fragment = hash < 0 ? null : destination.substring(hash + 1);
        String pathPart = hash < 0 ? destination : destination.substring(0, hash);
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        String decoded = URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8);
        String resolved = normalize(parent(from.contentPath()) + decoded);
        if (resolved == null) {
            error(found, at, "link '" + destination + "' points outside content/", "link only to files inside content/");
            return destination;
        }
        if (resolved.endsWith(".md")) {
            Page target = pagesByPath.get(resolved);
            if (target == null) {
                error(found, at, "link target '" + destination + "' not found (no page content/" + resolved + ")",
                        "check the file name; links between pages are relative paths to their .md files");
                return destination;
            }
            if (fragment != null) {
                record(target, fragment, at, found);
            }
            if (fragment == null) {
                return copy.relativeUrlTo(target.output());
            }
            SitePath holder = holder(target, URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8));
            return (holder.equals(copy) ? "" : copy.relativeUrlTo(holder)) + "#" + fragment;
        }
        if (!files.contains(resolved)) {
            String what = image ? "image" : "file";
            error(found, at, what + " '" + destination + "' not found (no file content/" + resolved + ")",
                    image ? "add the image beside the page, or fix the path" : "add the file or fix the path");
        }
        if (copy.equals(from.output()) || resolved.isEmpty()) {
            return destination; // the site mirrors content/, so the path as written works from the page itself
        }
        return copy.relativeUrlTo(new SitePath(resolved)) + destination.substring(pathPart.length());
    }

    /** The page an anchor of {@code page} is published on: the page itself, or its quiz page for the quiz's. */
    private static SitePath holder(Page page, String fragment) {
        return QuizPages.holds(page, fragment) ? QuizPages.pathOf(page) : page.output();
    }

    private static void record(Page target, String fragment, SourcePosition at, Found found) {
        found.anchors().add(new AnchorRef(target, URLDecoder.decode(fragment.replace("+", "%2B"),
                StandardCharsets.UTF_8), at));
    }

    private static void error(Found found, SourcePosition at, String message, String hint) {
        found.diagnostics().error(at, message, hint);
    }

    private static String suggest(Page from, String absolute) {
        String target = absolute.replaceFirst("^/+", "");
        return "../".repeat(from.output().rootPrefix().length() / 3) + target;
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /** Resolves "." and ".." segments; null when the path climbs above the content root. */
    static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }
}
