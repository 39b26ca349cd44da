package io.tapeflow.jobs.operators.bars;

/**
 * Per-ticker day state of {@link BarBuilder}: the current Eastern day, cumulative totals of its closed minutes, the
 * minutes still open and the roll-up windows waiting to close. A Flink POJO.
 */
public class BarState {
    /** Timeframes rolled up from 1m bars, in closing order. */
    public static final String[] ROLLUPS = {"5m", "15m", "1h", "1d"};
    public static final long[] ROLLUP_MS = {300_000L, 900_000L, 3_600_000L, 0L};

    /** Current Eastern day, null before the first event / after a day closed. */
    public String day;
    public long dayStartMs;
    public long dayEndMs;
    /** Volume and price x volume of the closed minutes of the day, in minute order. */
    public double closedVolume;
    public double closedPv;
    /** Start of the last minute closed today, -1 = none. */
    public long lastClosedMinute = -1;
    /** Starts of minutes with data whose end the clock has not passed, ascending. */
    public long[] openMinutes = new long[0];
    /** Per roll-up timeframe: start of the window holding 1m bars not yet emitted, or -1. */
    public long[] pendingRollup = {-1, -1, -1, -1};

    public BarState() {}
}
