/**
 * The command line: thin commands over the pipeline, each declaring its options as a table that one small
 * parser ({@link dev.handbook.cli.ArgParser}) and one help printer ({@link dev.handbook.cli.HelpText}) read.
 * Our own parser rather than a library: start-up time is part of every build, and picocli's Java 5 class
 * files could not be class-data shared and cost about 150 ms before any work began (issue 11). The only
 * package that prints or picks exit codes; nothing imports it.
 */
package dev.handbook.cli;
