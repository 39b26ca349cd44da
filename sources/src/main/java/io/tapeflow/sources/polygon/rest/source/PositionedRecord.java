package io.tapeflow.sources.polygon.rest.source;

import io.tapeflow.sources.model.MarketEvent;

/** An event from a REST fetcher thread with the split position it advances to ({@link #NO_POSITION} for rejects). */
public final class PositionedRecord {
    public static final long NO_POSITION = Long.MIN_VALUE;

    public final MarketEvent event;
    public final long position;
    /** The vendor id for news dedupe state, else null. */
    public final String id;

    public PositionedRecord(MarketEvent event, long position, String id) {
        this.event = event;
        this.position = position;
        this.id = id;
    }
}
