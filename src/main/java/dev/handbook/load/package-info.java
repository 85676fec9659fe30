/**
 * Loading: reads content/ into the {@link dev.handbook.model} records, locating every problem.
 * May import model and diag only (plus SnakeYAML). Nothing here renders or writes.
 */
package dev.handbook.load;
