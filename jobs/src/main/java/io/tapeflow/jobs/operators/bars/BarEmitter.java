package io.tapeflow.jobs.operators.bars;

import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.time.TradingCalendar;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.util.Collector;

/**
 * Emits the next revision of a 1m bar or a roll-up from {@link BarBuilder}'s keyed state, stamped with the day
 * totals and rvol at the bar's end.
 */
final class BarEmitter {
    private static final long MINUTE = 60_000L;

    private final MapState<Long, MinuteAcc> minutes;
    private final MapState<String, Integer> rollupRevisions;
    private final ValueState<VolumeHistory> history;
    private final ValueState<RvolBaseline> baseline;
    private final int rvolDays;

    BarEmitter(MapState<Long, MinuteAcc> minutes, MapState<String, Integer> rollupRevisions,
            ValueState<VolumeHistory> history, ValueState<RvolBaseline> baseline, int rvolDays) {
        this.minutes = minutes;
        this.rollupRevisions = rollupRevisions;
        this.history = history;
        this.baseline = baseline;
        this.rvolDays = rvolDays;
    }

    void emitMinute(String ticker, BarState cur, MinuteAcc acc, Collector<Bar> out) throws Exception {
        Bar b = BarMath.minuteBar(ticker, acc);
        long end = acc.start + MINUTE;
        double[] day = dayTotalsAt(cur, end);
        BarMath.dayTotals(b, day[0], day[1], rvol(cur, end, day[0]));
        acc.revision++;
        b.revision = acc.revision;
        minutes.put(acc.start, acc);
        out.collect(b);
    }

    void emitRollup(String ticker, BarState cur, int tf, long ws, Collector<Bar> out) throws Exception {
        long we = cur.windowEnd(tf, ws);
        List<Bar> bars = new ArrayList<>();
        for (long m = ws; m < we; m += MINUTE) {
            MinuteAcc a = minutes.get(m);
            if (a != null && a.closed && a.hasBar()) bars.add(BarMath.minuteBar(ticker, a));
        }
        Bar r = BarMath.rollup(ticker, BarState.ROLLUPS[tf], ws, we, bars);
        if (r == null) return;
        double[] day = dayTotalsAt(cur, we);
        BarMath.dayTotals(r, day[0], day[1], rvol(cur, we, day[0]));
        String key = BarState.rollupKey(tf, ws);
        Integer rev = rollupRevisions.get(key);
        r.revision = rev == null ? 0 : rev + 1;
        rollupRevisions.put(key, r.revision);
        out.collect(r);
    }

    /** {volume, price x volume} of the day up to {@code endMs}: the closed totals minus closed minutes after it. */
    private double[] dayTotalsAt(BarState cur, long endMs) throws Exception {
        double v = cur.closedVolume, pv = cur.closedPv;
        for (long m = Math.max(endMs, cur.dayStartMs); m <= cur.lastClosedMinute; m += MINUTE) {
            MinuteAcc a = minutes.get(m);
            if (a != null && a.closed) {
                v -= a.effectiveVolume();
                pv -= a.effectivePv();
            }
        }
        return new double[] {v, pv};
    }

    private Double rvol(BarState cur, long endMs, double dayVolume) throws Exception {
        RvolBaseline b = baseline.value();
        if (b == null || !cur.day.equals(b.day)) {
            b = RvolBaseline.of(history.value(), cur.day, rvolDays);
            baseline.update(b);
        }
        if (!b.present) return null;
        long wall = endMs >= cur.dayEndMs ? 86_400_000L : TradingCalendar.wallClockMsOfDay(endMs);
        double base = b.at(wall);
        return base <= 0 ? null : dayVolume / base;
    }
}
