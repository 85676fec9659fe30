/**
 * Scaffolding: the files {@code handbook init}, {@code new phase} and {@code theme export} write for an author.
 * Every command writes new files only, all of them or none. May import model, diag and render (the built-in theme).
 */
package dev.handbook.scaffold;
