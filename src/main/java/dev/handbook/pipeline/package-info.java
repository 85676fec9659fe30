/**
 * The build pipeline: load, check, render, write, each step one visible call in {@link SiteBuilder}.
 * May import every package below it (model, diag, load, render, check, output); nothing below imports it.
 */
package dev.handbook.pipeline;
