package io.tapeflow.sources.model;

/** Which payload a {@link MarketEvent} carries. Append only: the ordinal is not persisted, but keep names stable. */
public enum EventKind {
    TRADE,
    QUOTE,
    LULD,
    AGGREGATE,
    GAP,
    REJECT,
    /** A news item (REST news sources); appended after the market kinds. */
    NEWS
}
