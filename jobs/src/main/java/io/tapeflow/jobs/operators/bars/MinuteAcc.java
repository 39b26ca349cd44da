package io.tapeflow.jobs.operators.bars;

/**
 * Accumulator of one ticker-minute: what the trades may set (open/close by time, high/low, volume/VWAP sums) and,
 * separately, a feed minute aggregate (AM) for the same minute. A Flink POJO kept in keyed MapState by minute start.
 *
 * <p>Open and close are chosen by {@code (ts, sequence)}, not arrival, so a late trade lands where it belongs.
 */
public class MinuteAcc {
    public long start;
    public boolean hasLast;
    public double open;
    public long openTs;
    public long openSeq;
    public double close;
    public long closeTs;
    public long closeSeq;
    public boolean hasHighLow;
    public double high;
    public double low;
    /** Volume, price x volume and count of the trades that may update volume. */
    public double volume;
    public double pv;
    public long trades;

    public boolean hasAm;
    public double amOpen;
    public double amHigh;
    public double amLow;
    public double amClose;
    public double amVolume;
    public double amVwap;
    public long amTrades;

    /** True once the ticker's clock passed the minute's end (its bar, if any, was emitted). */
    public boolean closed;
    /** Last emitted revision of this minute's 1m bar; -1 = never emitted. */
    public int revision = -1;

    public MinuteAcc() {}

    /** True when the minute has a bar: a trade that may set open/close, or else a feed aggregate. */
    public boolean hasBar() {
        return hasLast || hasAm;
    }

    /** Volume this minute adds to the day: its trades' when they built the bar or no AM exists, else the AM's. */
    public double effectiveVolume() {
        return !hasLast && hasAm ? amVolume : volume;
    }

    public double effectivePv() {
        if (hasLast || !hasAm) return pv;
        double px = amVwap > 0 ? amVwap : (amHigh + amLow + amClose) / 3.0;
        return px * amVolume;
    }

    public long effectiveTrades() {
        return !hasLast && hasAm ? amTrades : trades;
    }
}
