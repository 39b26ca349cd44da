package io.tapeflow.jobs.operators.bars;

import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.semantics.EventSequencer;
import io.tapeflow.jobs.semantics.SemanticsOptions;
import io.tapeflow.jobs.semantics.TickerEvent;
import io.tapeflow.jobs.time.TradingCalendar;
import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.Reject;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keyed by ticker: builds 1m bars from trades (and feed minute aggregates where no trade-built bar exists), rolls
 * them up exactly into 5m, 15m, 1h and 1d, and stamps day volume, day VWAP and rvol at each bar's end. A bar is
 * emitted when the ticker's clock passes its end; a late trade within the allowed lateness revises its bar, the
 * roll-ups holding it and every emitted bar whose day totals it changes; later ones go to {@link #REJECTS}.
 */
public class BarBuilder extends EventSequencer<Bar> {
    private static final long serialVersionUID = 1L;
    public static final OutputTag<Reject> REJECTS = new OutputTag<>("bar-rejects", Types.POJO(Reject.class));
    private static final long MINUTE = 60_000L;
    /** State names: savepoints map state by them, never rename. */
    public static final String DAY_STATE = "bar-day";
    public static final String MINUTES_STATE = "bar-minutes";
    public static final String ROLLUP_REVISIONS_STATE = "bar-rollup-revisions";
    public static final String HISTORY_STATE = "bar-volume-history";
    public static final String BASELINE_STATE = "bar-rvol-baseline";

    private final SemanticsOptions opts;
    private transient ValueState<BarState> dayHandle;
    private transient MapState<Long, MinuteAcc> minutes;
    private transient MapState<String, Integer> rollupRevisions;
    private transient ValueState<VolumeHistory> history;
    private transient ValueState<RvolBaseline> baseline;
    private transient BarState cur;
    private transient BarEmitter emitter;
    private transient LateBarRevisions revisions;
    private transient Counter tooLate;

    public BarBuilder(SemanticsOptions opts) {
        super(opts);
        this.opts = opts;
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        super.open(openContext);
        dayHandle = getRuntimeContext().getState(new ValueStateDescriptor<>(DAY_STATE, Types.POJO(BarState.class)));
        minutes = getRuntimeContext().getMapState(
                new MapStateDescriptor<>(MINUTES_STATE, Types.LONG, Types.POJO(MinuteAcc.class)));
        rollupRevisions = getRuntimeContext().getMapState(
                new MapStateDescriptor<>(ROLLUP_REVISIONS_STATE, Types.STRING, Types.INT));
        history = getRuntimeContext().getState(
                new ValueStateDescriptor<>(HISTORY_STATE, Types.POJO(VolumeHistory.class)));
        baseline = getRuntimeContext().getState(
                new ValueStateDescriptor<>(BASELINE_STATE, Types.POJO(RvolBaseline.class)));
        emitter = new BarEmitter(minutes, rollupRevisions, history, baseline, opts.rvolDays);
        revisions = new LateBarRevisions(minutes, rollupRevisions, emitter);
        tooLate = getRuntimeContext().getMetricGroup().counter("barTooLateTrades");
    }

    @Override
    protected void load() throws Exception {
        cur = dayHandle.value();
        if (cur == null) cur = new BarState();
    }

    @Override
    protected void store() throws Exception {
        dayHandle.update(cur);
    }

    // ---- deadlines: minute, roll-up and day ends ----

    @Override
    protected long nextDeadlineNs() {
        if (cur.day == null) return NONE;
        long d = endNs(cur.dayEndMs);
        if (cur.openMinutes.length > 0) d = Math.min(d, endNs(cur.openMinutes[0] + MINUTE));
        for (int tf = 0; tf < BarState.ROLLUPS.length; tf++) {
            if (cur.pendingRollup[tf] >= 0) d = Math.min(d, endNs(cur.windowEnd(tf, cur.pendingRollup[tf])));
        }
        return d;
    }

    @Override
    protected void onDeadline(long d, Collector<Bar> out) throws Exception {
        while (cur.openMinutes.length > 0 && endNs(cur.openMinutes[0] + MINUTE) <= d) {
            long m = cur.openMinutes[0];
            cur.openMinutes = java.util.Arrays.copyOfRange(cur.openMinutes, 1, cur.openMinutes.length);
            closeMinute(m, out);
        }
        for (int tf = 0; tf < BarState.ROLLUPS.length; tf++) {
            long ws = cur.pendingRollup[tf];
            if (ws >= 0 && endNs(cur.windowEnd(tf, ws)) <= d) {
                cur.pendingRollup[tf] = -1;
                emitter.emitRollup(currentKey(), cur, tf, ws, out);
            }
        }
        if (endNs(cur.dayEndMs) <= d) closeDay();
    }

    // ---- events ----

    @Override
    protected void onEvent(TickerEvent e, Collector<Bar> out) throws Exception {
        if (!isBarInput(e)) return;
        long ms = e.eventTimeMillis();
        ensureDay(ms);
        long m = Math.floorDiv(ms, MINUTE) * MINUTE;
        MinuteAcc acc = minutes.get(m);
        if (acc == null) {
            acc = new MinuteAcc();
            acc.start = m;
            cur.addOpenMinute(m);
        }
        apply(acc, e);
        minutes.put(m, acc);
    }

    @Override
    protected void onLateEvent(TickerEvent e, long releasedThroughMs, Collector<Bar> out) throws Exception {
        if (!isBarInput(e)) return;
        long ms = e.eventTimeMillis();
        if (cur.day == null || ms < cur.dayStartMs) {
            reject(e, "late for a trading day already closed");
            return;
        }
        // REST minute aggregates reach a live job only through gap repair, late by the gap plus the fetch
        long allowed = e.kind == TickerEvent.AGGREGATE && "rest".equals(e.aggregate.origin)
                ? opts.repairLatenessMs : opts.allowedLatenessMs;
        if (releasedThroughMs - ms > allowed) {
            reject(e, "later than the allowed lateness of " + allowed + " ms");
            return;
        }
        long m = Math.floorDiv(ms, MINUTE) * MINUTE;
        MinuteAcc acc = minutes.get(m);
        if (acc == null) {
            acc = new MinuteAcc();
            acc.start = m;
            // a minute without data is implicitly closed once the clock passed its end
            acc.closed = endNs(m + MINUTE) <= EventSequencer.toNsEndPublic(releasedThroughMs);
            if (!acc.closed) cur.addOpenMinute(m);
        }
        if (!acc.closed) {
            apply(acc, e);
            minutes.put(m, acc);
            return;
        }
        revisions.reviseClosedMinute(currentKey(), cur, acc, e, releasedThroughMs, out);
    }

    // ---- closing ----

    private void closeMinute(long m, Collector<Bar> out) throws Exception {
        MinuteAcc acc = minutes.get(m);
        acc.closed = true;
        cur.closedVolume += acc.effectiveVolume();
        cur.closedPv += acc.effectivePv();
        cur.lastClosedMinute = Math.max(cur.lastClosedMinute, m);
        minutes.put(m, acc);
        if (!acc.hasBar()) return;
        emitter.emitMinute(currentKey(), cur, acc, out);
        for (int tf = 0; tf < BarState.ROLLUPS.length; tf++) {
            if (cur.pendingRollup[tf] < 0) cur.pendingRollup[tf] = cur.windowStart(tf, m);
        }
    }

    /** Ends the day: its cumulative-volume curve joins the rvol history and the day's state is dropped. */
    private void closeDay() throws Exception {
        DayCurve c = DayCurve.of(cur.day, minutes.values());
        VolumeHistory h = history.value();
        if (h == null) h = new VolumeHistory();
        h.add(c, opts.rvolDays);
        history.update(h);
        minutes.clear();
        rollupRevisions.clear();
        cur = new BarState();
    }

    // ---- helpers ----

    private void ensureDay(long ms) {
        if (cur.day != null) return;
        cur.day = TradingCalendar.tradingDay(ms);
        cur.dayStartMs = TradingCalendar.dayStartMs(ms);
        cur.dayEndMs = TradingCalendar.dayEndMs(ms);
    }

    static void apply(MinuteAcc acc, TickerEvent e) {
        if (e.kind == TickerEvent.TRADE) BarMath.applyTrade(acc, e.trade);
        else BarMath.applyAm(acc, e.aggregate);
    }

    private static boolean isBarInput(TickerEvent e) {
        if (e.kind == TickerEvent.TRADE) return ConditionRules.intraday(e.trade.conditions) != 0;
        return e.kind == TickerEvent.AGGREGATE && Aggregate.MINUTE.equals(e.aggregate.timeframe);
    }

    private void reject(TickerEvent e, String reason) {
        tooLate.inc();
        Object payload = e.kind == TickerEvent.TRADE ? e.trade : e.aggregate;
        Reject r = Reject.of("pipeline", "bars:" + e.ticker, reason, String.valueOf(payload));
        r.eventTimeMs = e.eventTimeMillis();
        context.output(REJECTS, r);
    }

    /** The last nanosecond before {@code ms}: a window {@code [s, ms)} is complete once the clock passes it. */
    static long endNs(long ms) {
        return ms * 1_000_000L - 1;
    }
}
