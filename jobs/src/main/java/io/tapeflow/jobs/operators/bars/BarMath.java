package io.tapeflow.jobs.operators.bars;

import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.time.TradingCalendar;
import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.Trade;

/**
 * Pure bar arithmetic: a trade or a minute aggregate into a {@link MinuteAcc}, a minute into a 1m {@link Bar}, and
 * exact roll-ups of 1m bars (first open, last close, extremes, summed volume, VWAP from summed price x volume).
 */
public final class BarMath {
    private BarMath() {}

    /** Applies a trade under the intraday consolidated rules; false when it may update nothing. */
    public static boolean applyTrade(MinuteAcc a, Trade t) {
        int f = ConditionRules.intraday(t.conditions);
        if (f == 0) return false;
        if ((f & ConditionRules.VOLUME) != 0) {
            a.volume += t.size;
            a.pv += t.price * t.size;
            a.trades++;
        }
        if ((f & ConditionRules.HIGH_LOW) != 0) {
            if (!a.hasHighLow || t.price > a.high) a.high = t.price;
            if (!a.hasHighLow || t.price < a.low) a.low = t.price;
            a.hasHighLow = true;
        }
        if ((f & ConditionRules.LAST) != 0) {
            if (!a.hasLast || before(t.sipTs, t.sequence, a.openTs, a.openSeq)) {
                a.open = t.price;
                a.openTs = t.sipTs;
                a.openSeq = t.sequence;
            }
            if (!a.hasLast || !before(t.sipTs, t.sequence, a.closeTs, a.closeSeq)) {
                a.close = t.price;
                a.closeTs = t.sipTs;
                a.closeSeq = t.sequence;
            }
            a.hasLast = true;
        }
        return true;
    }

    /** Records a feed minute aggregate (the latest one for the minute replaces an earlier one: AM re-sends). */
    public static void applyAm(MinuteAcc a, Aggregate g) {
        a.hasAm = true;
        a.amOpen = g.open;
        a.amHigh = g.high;
        a.amLow = g.low;
        a.amClose = g.close;
        a.amVolume = g.volume;
        a.amVwap = g.vwap;
        a.amTrades = g.trades;
    }

    private static boolean before(long ts, long seq, long ts2, long seq2) {
        return ts < ts2 || (ts == ts2 && seq < seq2);
    }

    /** The 1m bar of a minute that {@link MinuteAcc#hasBar()}; trade-built bars win over the feed aggregate. */
    public static Bar minuteBar(String ticker, MinuteAcc a) {
        Bar b = base(ticker, "1m", a.start, a.start + 60_000L);
        if (a.hasLast) {
            b.open = a.open;
            b.close = a.close;
            b.high = a.hasHighLow ? Math.max(a.high, Math.max(a.open, a.close)) : Math.max(a.open, a.close);
            b.low = a.hasHighLow ? Math.min(a.low, Math.min(a.open, a.close)) : Math.min(a.open, a.close);
        } else {
            b.open = a.amOpen;
            b.high = a.amHigh;
            b.low = a.amLow;
            b.close = a.amClose;
        }
        b.volume = a.effectiveVolume();
        b.trades = a.effectiveTrades();
        b.vwap = b.volume > 0 ? a.effectivePv() / b.volume : b.close;
        return b;
    }

    /** The exact roll-up of the given 1m bars (ascending by start, all inside the window); null when there are none. */
    public static Bar rollup(String ticker, String timeframe, long start, long end, Iterable<Bar> minuteBars) {
        Bar r = null;
        double pv = 0;
        for (Bar m : minuteBars) {
            if (r == null) {
                r = base(ticker, timeframe, start, end);
                r.open = m.open;
                r.high = m.high;
                r.low = m.low;
            }
            r.high = Math.max(r.high, m.high);
            r.low = Math.min(r.low, m.low);
            r.close = m.close;
            r.volume += m.volume;
            r.trades += m.trades;
            pv += m.vwap * m.volume;
        }
        if (r != null) r.vwap = r.volume > 0 ? pv / r.volume : r.close;
        return r;
    }

    /** Sets the cumulative day fields of a bar. */
    public static void dayTotals(Bar b, double dayVolume, double dayPv, Double rvol) {
        b.dayVolume = dayVolume;
        b.dayVwap = dayVolume > 0 ? dayPv / dayVolume : 0;
        b.rvol = rvol;
    }

    private static Bar base(String ticker, String tf, long start, long end) {
        Bar b = new Bar();
        b.ticker = ticker;
        b.timeframe = tf;
        b.start = start;
        b.end = end;
        b.tradingDay = TradingCalendar.tradingDay(start);
        return b;
    }
}
