/**
 * Checks across the whole handbook: ids unique and stable, anchors that resolve.
 * May import model, diag and render's result records; never renders anything itself.
 */
package dev.handbook.check;
