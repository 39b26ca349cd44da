package io.tapeflow.sources.polygon.rest;

import java.io.Serializable;
import java.util.Objects;

/** {@code /v3/trades/{t}} or {@code /v3/quotes/{t}} between two SIP timestamps (ns, inclusive), oldest first. */
public final class TicksQuery implements Serializable {
    private static final long serialVersionUID = 1L;

    public final String ticker;
    public final long fromNs;
    public final long toNs;
    public final int limit;

    public TicksQuery(String ticker, long fromNs, long toNs, int limit) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.fromNs = fromNs;
        this.toNs = toNs;
        this.limit = limit;
    }

    public TicksQuery(String ticker, long fromNs, long toNs) {
        this(ticker, fromNs, toNs, 50_000);
    }
}
