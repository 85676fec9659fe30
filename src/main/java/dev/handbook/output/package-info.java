/**
 * Output: writes a site into a temporary folder beside the target and swaps it in only when the whole
 * build succeeded. May import model and diag only.
 */
package dev.handbook.output;
