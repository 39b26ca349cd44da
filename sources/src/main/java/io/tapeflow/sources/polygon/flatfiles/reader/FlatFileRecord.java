package io.tapeflow.sources.polygon.flatfiles.reader;

import io.tapeflow.sources.model.MarketEvent;

/** A decoded row on its way from the fetcher thread to the emitter, with the file position just after it. */
public final class FlatFileRecord {
    final MarketEvent event;
    final long rowsConsumed;

    public FlatFileRecord(MarketEvent event, long rowsConsumed) {
        this.event = event;
        this.rowsConsumed = rowsConsumed;
    }

    public MarketEvent event() {
        return event;
    }

    public long rowsConsumed() {
        return rowsConsumed;
    }
}
