package io.tapeflow.jobs.operators.luld;

/**
 * Per-ticker state of {@link BandTracker}: the reference price in effect, the bands computed from it, and per-second
 * sums of the eligible trades of the last five minutes. A Flink POJO (arrays, no collections).
 */
public class BandState {
    /** Eastern date this state belongs to. */
    public String day;
    /** Reference price in effect, E4; 0 = none yet. */
    public long refE4;
    /** Last :00/:30 boundary processed, epoch ms. */
    public long lastBoundaryMs;
    /** True once the opening print (or the 09:30 fallback) set the first reference of the day. */
    public boolean opened;
    /** Previous session's close, E4; 0 = unknown. */
    public long prevCloseE4;
    /** Last eligible regular-hours trade price of the day, E4 (tomorrow's previous close). */
    public long lastRegularE4;
    /** Epoch second of each bucket, ascending. */
    public long[] bucketSec = new long[0];
    public long[] bucketSumE4 = new long[0];
    public int[] bucketCount = new int[0];

    public BandState() {}
}
