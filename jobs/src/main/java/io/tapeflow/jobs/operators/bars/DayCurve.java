package io.tapeflow.jobs.operators.bars;

import io.tapeflow.jobs.time.TradingCalendar;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One past trading day of a ticker as a step curve of cumulative volume: after wall-clock minute {@code minute[i]}
 * (0 = 00:00-00:01 Eastern) the day had traded {@code cumVolume[i]}. Sparse: only minutes where volume changed.
 */
public class DayCurve {
    public String day;
    public int[] minute = new int[0];
    public double[] cumVolume = new double[0];

    public DayCurve() {}

    /**
     * The curve of a finished day from its minutes. Keyed by wall-clock minute, so the repeated hour of the autumn
     * DST switch folds into one (the curve is kept non-decreasing).
     */
    public static DayCurve of(String day, Iterable<MinuteAcc> minutes) {
        List<MinuteAcc> all = new ArrayList<>();
        for (MinuteAcc a : minutes) all.add(a);
        all.sort(Comparator.comparingLong(a -> a.start));
        TreeMap<Integer, Double> byWall = new TreeMap<>();
        double v = 0;
        for (MinuteAcc a : all) {
            if (a.effectiveVolume() == 0) continue;
            v += a.effectiveVolume();
            byWall.merge((int) (TradingCalendar.wallClockMsOfDay(a.start) / 60_000L), v, Math::max);
        }
        DayCurve c = new DayCurve();
        c.day = day;
        c.minute = new int[byWall.size()];
        c.cumVolume = new double[byWall.size()];
        int i = 0;
        double running = 0;
        for (Map.Entry<Integer, Double> e : byWall.entrySet()) {
            running = Math.max(running, e.getValue());
            c.minute[i] = e.getKey();
            c.cumVolume[i++] = running;
        }
        return c;
    }

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
