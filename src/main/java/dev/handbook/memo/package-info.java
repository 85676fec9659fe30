/**
 * What a build may reuse from an earlier build of the same process (the dev server's): values stored with
 * the inputs they were made from. JDK only; imports nothing of ours, and every stage may import it.
 */
package dev.handbook.memo;
