package io.tapeflow.jobs.operators.bars;

import java.util.Arrays;

/**
 * Per-ticker cumulative-volume curves of past trading days, from which {@link RvolBaseline} averages. {@link #firstDay} is the first day
 * this ticker was seen; a trading day since then with no curve traded nothing. A Flink POJO.
 */
public class VolumeHistory {
    public String firstDay;
    /** Most recent last, at most the configured number of days. */
    public DayCurve[] days = new DayCurve[0];

    public VolumeHistory() {}

    /** Appends a finished day, keeping the newest {@code keep}. */
    public void add(DayCurve c, int keep) {
        if (firstDay == null) firstDay = c.day;
        DayCurve[] n = Arrays.copyOf(days, days.length + 1);
        n[days.length] = c;
        days = n.length > keep ? Arrays.copyOfRange(n, n.length - keep, n.length) : n;
    }

    /** The curve of a day, or null when the ticker did not trade (or was not observed) that day. */
    public DayCurve find(String day) {
        for (DayCurve c : days) if (day.equals(c.day)) return c;
        return null;
    }
}
