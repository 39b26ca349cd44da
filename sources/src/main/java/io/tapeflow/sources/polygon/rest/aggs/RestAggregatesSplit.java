package io.tapeflow.sources.polygon.rest.aggs;

import io.tapeflow.sources.polygon.rest.AggregatesQuery;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.flink.api.connector.source.SourceSplit;

/**
 * One ticker × date chunk of REST bars, plus the window start of the last bar emitted: a restore re-requests the
 * chunk (bars come sorted ascending) and drops everything up to that bar, so nothing repeats.
 */
public final class RestAggregatesSplit implements SourceSplit, Serializable {
    // Serializable only because the source carries its initial splits to the enumerator in the job graph.
    private static final long serialVersionUID = 1L;

    /** Nothing emitted yet. */
    public static final long NONE = Long.MIN_VALUE;

    private final String ticker;
    private final String timeframe;
    private final LocalDate from;
    private final LocalDate to;
    private final long lastStartMs;

    public RestAggregatesSplit(String ticker, String timeframe, LocalDate from, LocalDate to, long lastStartMs) {
        this.ticker = Objects.requireNonNull(ticker);
        this.timeframe = Objects.requireNonNull(timeframe);
        this.from = Objects.requireNonNull(from);
        this.to = Objects.requireNonNull(to);
        this.lastStartMs = lastStartMs;
    }

    @Override
    public String splitId() {
        return ticker + ":" + timeframe + ":" + from + ":" + to;
    }

    public AggregatesQuery query() {
        return new AggregatesQuery(ticker, timeframe, from, to);
    }

    public String ticker() {
        return ticker;
    }

    public String timeframe() {
        return timeframe;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public long lastStartMs() {
        return lastStartMs;
    }

    public RestAggregatesSplit withLastStartMs(long ms) {
        return new RestAggregatesSplit(ticker, timeframe, from, to, ms);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RestAggregatesSplit)) return false;
        RestAggregatesSplit s = (RestAggregatesSplit) o;
        return lastStartMs == s.lastStartMs && splitId().equals(s.splitId());
    }

    @Override
    public int hashCode() {
        return Objects.hash(splitId(), lastStartMs);
    }

    @Override
    public String toString() {
        return "RestAggregatesSplit{" + splitId() + " last=" + lastStartMs + "}";
    }
}
