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

    /** Start of the {@code tf} roll-up window holding {@code ms} (the Eastern day for 1d). */
    public long windowStart(int tf, long ms) {
        if (ROLLUP_MS[tf] == 0) return dayStartMs;
        return Math.floorDiv(ms, ROLLUP_MS[tf]) * ROLLUP_MS[tf];
    }

    /** End of the {@code tf} roll-up window starting at {@code ws}. */
    public long windowEnd(int tf, long ws) {
        return ROLLUP_MS[tf] == 0 ? dayEndMs : ws + ROLLUP_MS[tf];
    }

    /** Adds a minute to {@link #openMinutes}, keeping it sorted and distinct. */
    public void addOpenMinute(long m) {
        int i = java.util.Arrays.binarySearch(openMinutes, m);
        if (i >= 0) return;
        int p = -i - 1;
        long[] n = new long[openMinutes.length + 1];
        System.arraycopy(openMinutes, 0, n, 0, p);
        n[p] = m;
        System.arraycopy(openMinutes, p, n, p + 1, openMinutes.length - p);
        openMinutes = n;
    }

    /** The roll-up revision key, {@code tf:start}. */
    public static String rollupKey(int tf, long ws) {
        return ROLLUPS[tf] + ":" + ws;
    }

    /** The index of a roll-up timeframe name. */
    public static int rollupIndex(String tf) {
        for (int i = 0; i < ROLLUPS.length; i++) if (ROLLUPS[i].equals(tf)) return i;
        throw new IllegalStateException("unknown roll-up timeframe " + tf);
    }
}
