package io.tapeflow.sources.model;

import java.util.Objects;

/**
 * A ready-made OHLCV bar from the feed: WebSocket {@code A} (1s) / {@code AM} (1m), flat-file minute and day aggs,
 * REST aggregates.
 *
 * <p>Windows are in epoch milliseconds, {@code [startMs, endMs)}. Fields a source lacks are 0 (for example flat files
 * carry no VWAP or day totals). The feed may re-send a bar for the same window (a late print changed it); consumers
 * upsert by {@code (ticker, timeframe, startMs)}.
 */
public class Aggregate {
    public static final String SECOND = "1s";
    public static final String MINUTE = "1m";
    public static final String DAY = "1d";

    public String ticker;
    /** {@link #SECOND}, {@link #MINUTE} or {@link #DAY}. */
    public String timeframe;
    public long startMs;
    public long endMs;
    public double open;
    public double high;
    public double low;
    public double close;
    public double volume;
    /** VWAP of this window; 0 when the source does not carry it. */
    public double vwap;
    /** Number of trades ({@code n} / {@code transactions}); 0 when unknown. */
    public long trades;
    /** Accumulated day volume ({@code av}); 0 when unknown. */
    public double dayVolume;
    /** Day VWAP ({@code a}); 0 when unknown. */
    public double dayVwap;
    /** Official opening price of the day ({@code op}); 0 when unknown. */
    public double officialOpen;
    public boolean otc;
    public String origin;

    public Aggregate() {}

    /** Event time in epoch milliseconds: the window start. */
    public long eventTimeMillis() {
        return startMs;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Aggregate)) return false;
        Aggregate a = (Aggregate) o;
        return startMs == a.startMs && endMs == a.endMs && Double.compare(open, a.open) == 0
                && Double.compare(high, a.high) == 0 && Double.compare(low, a.low) == 0
                && Double.compare(close, a.close) == 0 && Double.compare(volume, a.volume) == 0
                && Double.compare(vwap, a.vwap) == 0 && trades == a.trades
                && Double.compare(dayVolume, a.dayVolume) == 0 && Double.compare(dayVwap, a.dayVwap) == 0
                && Double.compare(officialOpen, a.officialOpen) == 0 && otc == a.otc
                && Objects.equals(ticker, a.ticker) && Objects.equals(timeframe, a.timeframe)
                && Objects.equals(origin, a.origin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ticker, timeframe, startMs, close, volume);
    }

    @Override
    public String toString() {
        return "Aggregate{" + ticker + " " + timeframe + " s=" + startMs + " o=" + open + " h=" + high + " l=" + low
                + " c=" + close + " v=" + volume + " " + origin + "}";
    }
}
