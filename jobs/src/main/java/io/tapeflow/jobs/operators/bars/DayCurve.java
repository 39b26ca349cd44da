package io.tapeflow.jobs.operators.bars;

/**
 * One past trading day of a ticker as a step curve of cumulative volume: after wall-clock minute {@code minute[i]}
 * (0 = 00:00-00:01 Eastern) the day had traded {@code cumVolume[i]}. Sparse: only minutes where volume changed.
 */
public class DayCurve {
    public String day;
    public int[] minute = new int[0];
    public double[] cumVolume = new double[0];

    public DayCurve() {}

    /** Cumulative volume at a wall-clock time of day (ms since Eastern midnight; 86,400,000 = whole day). */
    public double cumulativeAt(long wallClockMs) {
        double v = 0;
        for (int i = 0; i < minute.length; i++) {
            if ((minute[i] + 1) * 60_000L <= wallClockMs) v = cumVolume[i];
            else break;
        }
        return v;
    }
}
