package dev.handbook.model;

/** A further-reading link of a checklist item. */
public record Link(String title, String url) {}
