package io.tapeflow.sources.polygon.rest;

import io.tapeflow.sources.model.Aggregate;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * {@code /v2/aggs/ticker/{t}/range/{m}/{timespan}/{from}/{to}}: 1-minute or 1-day bars of one ticker over whole days.
 * Always {@code adjusted=false} (flat files are raw, PROTOCOL.md 4.2), ascending, the 50000 base-aggregate limit.
 */
public final class AggregatesQuery implements Serializable {
    private static final long serialVersionUID = 1L;

    public final String ticker;
    /** {@link Aggregate#MINUTE} or {@link Aggregate#DAY}. */
    public final String timeframe;
    public final LocalDate from;
    public final LocalDate to;

    public AggregatesQuery(String ticker, String timeframe, LocalDate from, LocalDate to) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        if (!Aggregate.MINUTE.equals(timeframe) && !Aggregate.DAY.equals(timeframe)) {
            throw new IllegalArgumentException("REST aggregates are 1m or 1d, not " + timeframe);
        }
        this.timeframe = timeframe;
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
    }

    /** {@code minute} or {@code day}. */
    public String timespan() {
        return Aggregate.MINUTE.equals(timeframe) ? "minute" : "day";
    }

    @Override
    public String toString() {
        return ticker + " " + timeframe + " " + from + ".." + to;
    }
}
