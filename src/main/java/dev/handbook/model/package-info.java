/**
 * The handbook as immutable records: what was loaded, before anything is rendered.
 * JDK only: no I/O and no library types, so every stage can share it safely.
 */
package dev.handbook.model;
