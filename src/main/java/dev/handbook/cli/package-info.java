/**
 * The command line: thin picocli commands over the pipeline. The only package that prints or picks exit
 * codes; nothing imports it.
 */
package dev.handbook.cli;
