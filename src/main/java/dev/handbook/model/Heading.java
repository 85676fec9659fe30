package dev.handbook.model;

/** A heading of a rendered page: its level, its id and its plain text. */
public record Heading(int level, String id, String text) {}
