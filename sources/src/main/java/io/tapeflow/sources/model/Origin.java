package io.tapeflow.sources.model;

/** Where a record entered tapeflow; the lower-case name is what datasets store in their {@code origin} column. */
public enum Origin {
    WS,
    FLATFILE,
    REST,
    PIPELINE;

    /** The dataset value, e.g. {@code ws}. */
    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
