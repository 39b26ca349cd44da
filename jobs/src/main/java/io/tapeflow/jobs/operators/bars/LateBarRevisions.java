package io.tapeflow.jobs.operators.bars;

import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.semantics.EventSequencer;
import io.tapeflow.jobs.semantics.TickerEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.util.Collector;

/**
 * For {@link BarBuilder}: a late event within the allowed lateness on a minute already closed revises that minute's
 * bar, the emitted roll-ups holding it and, when the day totals moved, every emitted bar after it.
 */
final class LateBarRevisions {
    private static final long MINUTE = 60_000L;

    private final MapState<Long, MinuteAcc> minutes;
    private final MapState<String, Integer> rollupRevisions;
    private final BarEmitter emitter;

    LateBarRevisions(MapState<Long, MinuteAcc> minutes, MapState<String, Integer> rollupRevisions,
            BarEmitter emitter) {
        this.minutes = minutes;
        this.rollupRevisions = rollupRevisions;
        this.emitter = emitter;
    }

    /** Applies {@code e} to the closed minute {@code acc} and emits the revisions it causes (none if nothing moved). */
    void reviseClosedMinute(String ticker, BarState cur, MinuteAcc acc, TickerEvent e, long releasedThroughMs,
            Collector<Bar> out) throws Exception {
        double v0 = acc.effectiveVolume(), pv0 = acc.effectivePv();
        Bar before = acc.hasBar() ? BarMath.minuteBar(ticker, acc) : null;
        BarBuilder.apply(acc, e);
        minutes.put(acc.start, acc);
        Bar after = acc.hasBar() ? BarMath.minuteBar(ticker, acc) : null;
        if (Objects.equals(before, after) && acc.effectiveVolume() == v0 && acc.effectivePv() == pv0) {
            return; // e.g. a re-sent or late minute aggregate for a minute that trades already built: no revision
        }
        cur.closedVolume += acc.effectiveVolume() - v0;
        cur.closedPv += acc.effectivePv() - pv0;
        cur.lastClosedMinute = Math.max(cur.lastClosedMinute, acc.start);
        boolean totalsMoved = acc.effectiveVolume() != v0 || acc.effectivePv() != pv0;
        reviseFrom(ticker, cur, acc, releasedThroughMs, totalsMoved, out);
    }

    private void reviseFrom(String ticker, BarState cur, MinuteAcc acc, long releasedThroughMs, boolean totalsMoved,
            Collector<Bar> out) throws Exception {
        if (acc.hasBar()) emitter.emitMinute(ticker, cur, acc, out);
        for (long m = acc.start + MINUTE; totalsMoved && m <= cur.lastClosedMinute; m += MINUTE) {
            MinuteAcc later = minutes.get(m);
            if (later != null && later.revision >= 0) emitter.emitMinute(ticker, cur, later, out);
        }
        List<String> emitted = new ArrayList<>();
        for (Map.Entry<String, Integer> en : rollupRevisions.entries()) emitted.add(en.getKey());
        Collections.sort(emitted);
        for (String key : emitted) {
            int tf = BarState.rollupIndex(key.substring(0, key.indexOf(':')));
            long ws = Long.parseLong(key.substring(key.indexOf(':') + 1));
            boolean holds = ws <= acc.start && acc.start < cur.windowEnd(tf, ws);
            if (holds || (totalsMoved && cur.windowEnd(tf, ws) > acc.start)) {
                emitter.emitRollup(ticker, cur, tf, ws, out);
            }
        }
        if (!acc.hasBar()) return;
        long releasedNs = EventSequencer.toNsEndPublic(releasedThroughMs);
        for (int tf = 0; tf < BarState.ROLLUPS.length; tf++) {
            long ws = cur.windowStart(tf, acc.start);
            if (rollupRevisions.contains(BarState.rollupKey(tf, ws))) continue;
            if (BarBuilder.endNs(cur.windowEnd(tf, ws)) <= releasedNs) emitter.emitRollup(ticker, cur, tf, ws, out);
            else if (cur.pendingRollup[tf] < 0) cur.pendingRollup[tf] = ws;
        }
    }
}
