/**
 * Rendering: Markdown to safe HTML (commonmark-java configured like GitHub, then an allow-list sanitiser),
 * and pages to HTML through FreeMarker templates fed typed view models.
 * May import model and diag (plus commonmark, jsoup and FreeMarker). Never writes files.
 */
package dev.handbook.render;
