/**
 * Diagnostics: located problems in a handbook's sources, collected and reported together.
 * JDK only; every other package may import this one.
 */
package dev.handbook.diag;
