package dev.handbook.diag;

/** How bad a diagnostic is: errors fail a build, warnings only inform. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
