package io.tapeflow.jobs.operators.halt;

import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.time.TradingCalendar;
import java.util.Arrays;

/** Building, copying and day-resetting halt records; {@code halt_id} = {@code ticker:start_ts}, fixed at the start. */
public final class HaltRecords {
    private HaltRecords() {}

    /** A new HALTED record; its first emission becomes revision 0. */
    static Halt open(HaltState s, String type, String dir, String evidence, long startTs, int index, long[] bands) {
        String ticker = s.ticker;
        Halt h = new Halt();
        h.ticker = ticker;
        h.haltId = ticker + ":" + startTs;
        h.type = type;
        h.direction = dir == null ? "NONE" : dir;
        h.status = "HALTED";
        h.evidence = evidence;
        h.startTs = startTs;
        h.tradingDay = TradingCalendar.tradingDay(Math.floorDiv(startTs, 1_000_000L));
        h.lastPrice = s.lastPrice > 0 ? s.lastPrice : null;
        h.bandUpper = bands[0] > 0 ? bands[0] / 100.0 : null;
        h.bandLower = bands[0] > 0 ? bands[1] / 100.0 : null;
        h.haltIndexToday = index;
        h.revision = -1;
        return h;
    }

    static Halt[] append(Halt[] a, Halt h) {
        Halt[] n = Arrays.copyOf(a, a.length + 1);
        n[a.length] = h;
        return n;
    }

    /** A deep copy, so emitted records never share mutable parts with state. */
    public static Halt copy(Halt h) {
        Halt c = new Halt();
        c.haltId = h.haltId;
        c.ticker = h.ticker;
        c.tradingDay = h.tradingDay;
        c.type = h.type;
        c.direction = h.direction;
        c.status = h.status;
        c.evidence = h.evidence;
        c.startTs = h.startTs;
        c.endTs = h.endTs;
        c.durationMs = h.durationMs;
        c.lastPrice = h.lastPrice;
        c.reopenPrice = h.reopenPrice;
        c.bandUpper = h.bandUpper;
        c.bandLower = h.bandLower;
        c.haltIndexToday = h.haltIndexToday;
        c.strengthConfirmed = h.strengthConfirmed;
        c.weaknessConfirmed = h.weaknessConfirmed;
        c.newsIds = h.newsIds == null ? new String[0] : h.newsIds.clone();
        c.updatedAt = h.updatedAt;
        c.revision = h.revision;
        return c;
    }

    /** A new Eastern day: fresh machine; an open halt keeps its last emitted HALTED revision; bands roll separately. */
    static void resetDay(HaltState s, String day) {
        s.day = day;
        s.phase = HaltState.NORMAL;
        s.limitDirection = null;
        s.limitEndedNs = Long.MIN_VALUE;
        s.limitEndedDirection = null;
        s.pauseDeadlineNs = HaltState.NONE;
        s.openIndex = -1;
        s.retractDeadlineNs = HaltState.NONE;
        s.insideTrades = 0;
        s.awaitingReopenIndex = -1;
        s.confirmIndex = -1;
        s.confirmDeadlineNs = HaltState.NONE;
        s.countToday = 0;
        s.halts = new Halt[0];
        s.bidE4 = 0;
        s.askE4 = 0;
        s.luldStale = false;
        s.luldBeyondTrades = 0;
    }
}
