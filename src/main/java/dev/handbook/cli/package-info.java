/**
 * The command line: picocli parses it and prints help, version and shell completion; each command is a
 * small {@code Callable<Integer>} that reads its options and calls the pipeline. The models are declared
 * with picocli's programmatic API rather than annotations, which cost a cold start a reflective pass and a
 * generated proxy class per annotation type (see {@link dev.handbook.cli.Commands}). The only package that
 * prints or picks exit codes; nothing imports it.
 */
package dev.handbook.cli;
