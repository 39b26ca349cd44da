package io.tapeflow.jobs.operators.bars;

import io.tapeflow.jobs.time.TradingCalendar;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Per-ticker cumulative-volume curves of past trading days, the rvol baseline. {@link #firstDay} is the first day
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

    /**
     * Average cumulative volume at a time of day over the {@code n} trading days before {@code today}, or null when
     * history does not yet cover them.
     */
    public Double baseline(String today, long wallClockMs, int n) {
        if (firstDay == null) return null;
        LocalDate t = LocalDate.parse(today);
        LocalDate first = LocalDate.parse(firstDay);
        if (TradingCalendar.tradingDaysBetween(first.minusDays(1), t.minusDays(1)) < n) return null;
        double sum = 0;
        LocalDate d = t;
        for (int k = 0; k < n; k++) {
            d = TradingCalendar.previousTradingDay(d);
            DayCurve c = find(d.toString());
            if (c != null) sum += c.cumulativeAt(wallClockMs);
        }
        return sum / n;
    }

    private DayCurve find(String day) {
        for (DayCurve c : days) if (day.equals(c.day)) return c;
        return null;
    }
}
