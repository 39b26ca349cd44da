package io.tapeflow.jobs.operators.halt;

import static io.tapeflow.jobs.operators.halt.HaltState.HALTED;
import static io.tapeflow.jobs.operators.halt.HaltState.LIMIT_STATE;
import static io.tapeflow.jobs.operators.halt.HaltState.NONE;
import static io.tapeflow.jobs.operators.halt.HaltState.NORMAL;

import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.operators.bars.ConditionRules;
import io.tapeflow.jobs.operators.luld.BandTracker;
import io.tapeflow.jobs.operators.luld.LuldBands;
import io.tapeflow.jobs.operators.news.NewsJoin;
import io.tapeflow.jobs.semantics.SemanticsOptions;
import io.tapeflow.jobs.semantics.TickerEvent;
import io.tapeflow.jobs.time.TradingCalendar;
import io.tapeflow.sources.model.Luld;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Trade;
import java.util.function.Consumer;

/**
 * The per-ticker halt state machine of HALTS.md section 2, as plain Java over a {@link HaltState}: one step per
 * in-order event or deadline, every emitted record a new revision of its halt (see {@link HaltRecords}).
 *
 * <p>Lost feed data (a reconnect gap) must not leave garbage behind, so trades are taken as the ground truth they are
 * under LULD: a regular trade on a halted ticker ends the halt (a resume lost in a gap ends at the first trade after
 * it); regular trades beyond the published bands make those bands stale (see {@link BandsInEffect#onRegularTrade});
 * a trade through the band of a limit state ends that limit state; and prints beyond an inferred pause's bands
 * count towards its retraction like prints inside them.
 */
public final class HaltMachine {
    private static final long MS = 1_000_000L;

    private final SemanticsOptions opts;
    private final BandTracker bands;
    private final BandsInEffect inEffect;
    private final LimitStates limits;
    private final Reopenings reopenings;
    private final Consumer<Halt> out;

    public HaltMachine(SemanticsOptions opts, boolean tier1, Consumer<Halt> out) {
        this.opts = opts;
        this.bands = new BandTracker(tier1, opts.closingDoublingAll);
        this.inEffect = new BandsInEffect(bands, opts.limitStatePauseMs, opts.staleBandMinTrades);
        this.limits = new LimitStates(opts, inEffect);
        this.reopenings = new Reopenings(opts, this::emit);
        this.out = out;
    }

    // ---- events ----

    public void onEvent(HaltState s, TickerEvent e) {
        s.ticker = e.ticker;
        rollDay(s, e.ts);
        switch (e.kind) {
            case TickerEvent.LULD: onLuld(s, e.luld, e.ts); break;
            case TickerEvent.QUOTE: onQuote(s, e.quote, e.ts); break;
            case TickerEvent.TRADE: onTrade(s, e.trade, e.ts); break;
            case TickerEvent.NEWS: onNews(s, e.newsId, e.eventTimeMillis()); break;
            default: break;
        }
    }

    /** News is joined even when it arrives after the ticker's clock passed it ("late news updates the record"). */
    public void onNews(HaltState s, String id, long publishedMs) {
        NewsJoin.remember(s, id, publishedMs, opts);
        for (Halt h : s.halts) {
            if (NewsJoin.inWindow(h.startTs, publishedMs, opts) && NewsJoin.add(h, id)) emit(h);
        }
    }

    private void onLuld(HaltState s, Luld l, long ts) {
        // a halted ticker's LULD carries 0/0; a low-priced one's lower band may legitimately be 0.00
        if (l.upper > 0 && l.lower >= 0) {
            BandsInEffect.publish(s, LuldBands.toCents(l.upper), LuldBands.toCents(l.lower));
        }
        int exited = HaltSignals.luldLimitExited(l.indicators);
        int entered = HaltSignals.luldLimitEntered(l.indicators);
        if (s.phase == LIMIT_STATE && (exited & side(s.limitDirection)) != 0) limits.exit(s, ts);
        if (entered != 0) limits.enter(s, (entered & HaltSignals.UP) != 0 ? "UP" : "DOWN", ts);
        if (HaltSignals.luldHalt(l.indicators)) startObserved(s, inEffect.luldHaltType(s, ts), ts);
        if (HaltSignals.luldResume(l.indicators)) resume(s, ts, 0, false);
    }

    private void onQuote(HaltState s, Quote q, long ts) {
        s.bidE4 = LuldBands.toE4(q.bidPrice);
        s.askE4 = LuldBands.toE4(q.askPrice);
        String type = HaltSignals.quoteHaltType(q);
        if (type != null) startObserved(s, type, ts);
        if (HaltSignals.quoteResumes(q)) resume(s, ts, 0, false);
        if (s.phase == HALTED) return;
        limits.fromNbbo(s, ts);
    }

    private void onTrade(HaltState s, Trade t, long ts) {
        long ms = Math.floorDiv(ts, MS);
        bands.onTrade(s.computed, ms, t.price, t.conditions);
        if (!ConditionRules.setsLast(t.conditions)) return;
        if (s.phase == HALTED) {
            onTradeWhileHalted(s, t, ts);
        } else {
            reopenings.onRegularTrade(s, t.price, ts);
        }
        s.lastPrice = t.price;
        // a print that did not end a halt proves nothing about the bands (it may be a late report)
        boolean bandBound = !HaltSignals.mayPrintOutsideBands(t.conditions);
        if (s.phase != HALTED && bandBound && TradingCalendar.isRegularHours(ms)) {
            limits.onRegularTrade(s, t.price, ts);
        }
    }

    /**
     * A regular trade while halted: inside an inferred pause's retraction window it counts towards the retraction
     * when it contradicts the pause's bands; otherwise it proves trading resumed, whether or not a resume signal
     * came (one lost in a feed gap ends the halt here). A print executed at or before the halt's start (reported
     * late) proves nothing.
     */
    private void onTradeWhileHalted(HaltState s, Trade t, long ts) {
        Halt open = s.halts[s.openIndex];
        long executed = t.participantTs > 0 ? Math.min(t.participantTs, ts) : ts;
        if (executed <= open.startTs) return;
        boolean reopening = HaltSignals.reopeningPrint(t.conditions);
        boolean inferredWindow = "INFERRED".equals(open.evidence) && s.retractDeadlineNs != NONE;
        if (!reopening && inferredWindow) {
            boolean bandFree = HaltSignals.mayPrintOutsideBands(t.conditions);
            if (BandsInEffect.contradicts(open, t.price, bandFree) && ++s.insideTrades >= opts.retractMinTrades) {
                retract(s, ts);
            }
        } else {
            resume(s, ts, t.price, true);
        }
    }

    // ---- deadlines ----

    public void onDeadline(HaltState s, long d) {
        if (s.pauseDeadlineNs == d) {
            s.pauseDeadlineNs = NONE;
            if (s.phase == LIMIT_STATE && TradingCalendar.isRegularHours(Math.floorDiv(d, MS))) {
                long[] b = inEffect.at(s, d);
                Halt h = start(s, HaltSignals.LULD_PAUSE, s.limitDirection, "INFERRED", d, b);
                s.retractDeadlineNs = d + opts.retractWindowMs * MS;
                s.insideTrades = 0;
                emit(h);
            } else if (s.phase == LIMIT_STATE) {
                limits.exit(s, d); // LULD does not apply after 16:00: no pause, and no limit state left hanging
            }
        }
        if (s.retractDeadlineNs == d) s.retractDeadlineNs = NONE;
        reopenings.onDeadline(s, d);
    }

    // ---- transitions ----

    private void startObserved(HaltState s, String type, long ts) {
        if (s.phase == HALTED) {
            Halt open = s.halts[s.openIndex];
            boolean changed = false;
            if ("INFERRED".equals(open.evidence)) {
                open.evidence = "OBSERVED";
                s.retractDeadlineNs = NONE;
                if (!type.equals(open.type) && !HaltSignals.OTHER.equals(type)) {
                    open.type = type;
                    if (!HaltSignals.LULD_PAUSE.equals(type)) open.direction = "NONE";
                }
                changed = true;
            } else if (HaltSignals.moreSpecific(type, open.type)) {
                open.type = type;
                open.direction = HaltSignals.LULD_PAUSE.equals(type) ? inEffect.pauseDirection(s, ts) : "NONE";
                changed = true;
            }
            if (changed) emit(open);
            return;
        }
        String dir = HaltSignals.LULD_PAUSE.equals(type) ? inEffect.pauseDirection(s, ts) : "NONE";
        Halt h = start(s, type, dir, "OBSERVED", ts, inEffect.at(s, ts));
        emit(h);
    }

    private Halt start(HaltState s, String type, String dir, String evidence, long ts, long[] b) {
        s.phase = HALTED;
        s.pauseDeadlineNs = NONE;
        Reopenings.cancel(s);
        Halt h = HaltRecords.open(s, type, dir, evidence, ts, ++s.countToday, b);
        NewsJoin.attach(s, h, opts);
        s.halts = HaltRecords.append(s.halts, h);
        s.openIndex = s.halts.length - 1;
        return h;
    }

    private void retract(HaltState s, long ts) {
        Halt h = s.halts[s.openIndex];
        h.status = "RETRACTED";
        h.endTs = ts;
        h.durationMs = (ts - h.startTs) / MS;
        h.haltIndexToday = 0;
        s.countToday--;
        s.phase = NORMAL;
        s.openIndex = -1;
        s.retractDeadlineNs = NONE;
        emit(h);
    }

    private void resume(HaltState s, long ts, double reopenPrice, boolean byTrade) {
        if (s.phase != HALTED) return;
        Halt h = s.halts[s.openIndex];
        h.status = "RESUMED";
        h.endTs = ts;
        h.durationMs = (ts - h.startTs) / MS;
        s.phase = NORMAL;
        s.retractDeadlineNs = NONE;
        int idx = s.openIndex;
        s.openIndex = -1;
        if (byTrade) {
            h.reopenPrice = reopenPrice;
            emit(h);
            reopenings.start(s, idx, ts, reopenPrice);
        } else {
            s.awaitingReopenIndex = idx;
            emit(h);
        }
    }

    // ---- helpers ----

    private void rollDay(HaltState s, long ts) {
        String day = TradingCalendar.tradingDay(Math.floorDiv(ts, MS));
        if (day.equals(s.day)) return;
        HaltRecords.resetDay(s, day);
    }

    private static int side(String dir) {
        return "UP".equals(dir) ? HaltSignals.UP : "DOWN".equals(dir) ? HaltSignals.DOWN : 0;
    }

    private void emit(Halt h) {
        h.revision++;
        h.updatedAt = System.currentTimeMillis();
        out.accept(HaltRecords.copy(h));
    }
}
