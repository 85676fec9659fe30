package dev.handbook.model;

import java.nio.file.Path;

/** A file copied as-is into the site: an image beside the content, or the theme's CSS and JS. */
public record Asset(Path source, SitePath output) {}
