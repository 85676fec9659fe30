package dev.handbook.model;

import dev.handbook.diag.SourcePosition;
import java.util.regex.Pattern;

/** A checklist item's stable id, with where it was written. Equality is by value only. */
public record ItemId(String value, SourcePosition at) {
    /** Lower-case letters and digits in words joined by single hyphens: safe in URLs, HTML ids and JSON. */
    public static final Pattern FORM = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    public static final int MAX_LENGTH = 80;

    public static boolean isWellFormed(String value) {
        return value.length() <= MAX_LENGTH && FORM.matcher(value).matches();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ItemId that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
