package io.tapeflow.jobs.operators.bars;

import io.tapeflow.jobs.time.TradingCalendar;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.TreeSet;

/**
 * Today's rvol denominator, computed once per day from the {@link VolumeHistory}: the average cumulative volume of
 * the previous trading days as one step curve, so each bar reads one small value instead of the whole history.
 */
public class RvolBaseline {
    public String day;
    /** False when the history does not cover enough trading days yet (rvol stays null). */
    public boolean present;
    /** Wall-clock minutes (0 = 00:00-00:01 Eastern) where the average steps, ascending. */
    public int[] minute = new int[0];
    public double[] avgCumVolume = new double[0];

    public RvolBaseline() {}

    /** The baseline of {@code today} over its {@code n} previous trading days. */
    public static RvolBaseline of(VolumeHistory h, String today, int n) {
        RvolBaseline b = new RvolBaseline();
        b.day = today;
        if (h == null || h.firstDay == null) return b;
        LocalDate t = LocalDate.parse(today);
        if (TradingCalendar.tradingDaysBetween(LocalDate.parse(h.firstDay).minusDays(1), t.minusDays(1)) < n) return b;
        DayCurve[] days = new DayCurve[n];
        TreeSet<Integer> steps = new TreeSet<>();
        LocalDate d = t;
        for (int k = 0; k < n; k++) {
            d = TradingCalendar.previousTradingDay(d);
            days[k] = h.find(d.toString());
            if (days[k] != null) for (int m : days[k].minute) steps.add(m);
        }
        b.present = true;
        b.minute = steps.stream().mapToInt(Integer::intValue).toArray();
        b.avgCumVolume = new double[b.minute.length];
        for (int i = 0; i < b.minute.length; i++) {
            long wall = (b.minute[i] + 1) * 60_000L;
            double sum = 0;
            for (DayCurve c : days) if (c != null) sum += c.cumulativeAt(wall);
            b.avgCumVolume[i] = sum / n;
        }
        return b;
    }

    /** Average cumulative volume at a wall-clock time of day (ms since Eastern midnight; 86,400,000 = whole day). */
    public double at(long wallClockMs) {
        // the last step whose minute has ended by wallClockMs
        int k = Arrays.binarySearch(minute, (int) Math.min(Integer.MAX_VALUE, wallClockMs / 60_000L - 1));
        int idx = k >= 0 ? k : -k - 2;
        return idx < 0 ? 0 : avgCumVolume[idx];
    }
}
