package io.tapeflow.jobs.model;

import java.util.Objects;

/**
 * One OHLCV bar of the {@code bars} dataset; key {@code ticker:timeframe:start}.
 *
 * <p>Times are epoch ms, the window {@code [start, end)} aligned to the epoch (so to Eastern minutes); {@code 1d} is
 * the Eastern trading day including extended hours. {@link #revision} counts versions per key (0, 1, 2 ...), a
 * function of the input events alone, so Parquet changelogs are deterministic.
 */
public class Bar {
    public String ticker;
    /** {@code 1m}, {@code 5m}, {@code 15m}, {@code 1h} or {@code 1d}. */
    public String timeframe;
    public long start;
    public long end;
    public double open;
    public double high;
    public double low;
    public double close;
    public double volume;
    public double vwap;
    public long trades;
    /** Cumulative volume of the trading day up to this bar's end. */
    public double dayVolume;
    /** VWAP of the trading day up to this bar's end. */
    public double dayVwap;
    /** Relative volume; null until a 20-day baseline exists. */
    public Double rvol;
    /** America/New_York trading day, {@code YYYY-MM-DD}. */
    public String tradingDay;
    public int revision;

    public Bar() {}

    /** The dataset key: {@code ticker:timeframe:start}. */
    public String id() {
        return ticker + ":" + timeframe + ":" + start;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Bar)) return false;
        Bar b = (Bar) o;
        return start == b.start && end == b.end && Double.compare(open, b.open) == 0
                && Double.compare(high, b.high) == 0 && Double.compare(low, b.low) == 0
                && Double.compare(close, b.close) == 0 && Double.compare(volume, b.volume) == 0
                && Double.compare(vwap, b.vwap) == 0 && trades == b.trades
                && Double.compare(dayVolume, b.dayVolume) == 0 && Double.compare(dayVwap, b.dayVwap) == 0
                && Objects.equals(rvol, b.rvol) && revision == b.revision && Objects.equals(ticker, b.ticker)
                && Objects.equals(timeframe, b.timeframe) && Objects.equals(tradingDay, b.tradingDay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ticker, timeframe, start, revision);
    }

    @Override
    public String toString() {
        return "Bar{" + id() + " o=" + open + " h=" + high + " l=" + low + " c=" + close + " v=" + volume + " vw="
                + vwap + " n=" + trades + " rev=" + revision + "}";
    }
}
