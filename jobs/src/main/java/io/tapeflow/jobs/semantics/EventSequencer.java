package io.tapeflow.jobs.semantics;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Base of the per-ticker operators: buffers a ticker's events and releases them in {@link TickerEvent#ORDER},
 * interleaved with the subclass's market-clock deadlines, so the result depends on the events alone.
 *
 * <p>A ticker's clock advances two ways, and both lead to the same sequence of steps. By the ticker's own progress
 * ({@code keyLagMs >= 0}): everything older than its newest event minus the lag is released. By the watermark
 * ({@code advanceOnWatermark}): one event-time timer per ticker at its next wake-up (oldest buffered event or next
 * deadline), so a halted ticker printing nothing is moved by the rest of the market. A deadline at time D fires
 * after every event at or before D and before any event after D. Events at or below the released clock are late
 * and go to {@link #onLateEvent}.
 *
 * <p>The watermark is only a safe clock for time-ordered input. For ticker-sorted input (flat files) it runs ahead
 * of the ticker being read, so there {@code advanceOnWatermark} must be false: tickers then advance by their own
 * events only and the end-of-input watermark ({@code Long.MAX_VALUE}) flushes everything. With no watermark
 * progress and no new events nothing fires: results are delayed, never changed.
 *
 * <p>Where the held events and the progress live is a {@link SequencerBuffer}: keyed state, or in BATCH execution
 * ({@link SemanticsOptions#batchSequencing}) plain fields for the one ticker being processed. The steps are the same.
 */
public abstract class EventSequencer<OUT> extends KeyedProcessFunction<String, TickerEvent, OUT> {
    /** Sentinel for "no deadline". */
    public static final long NONE = Long.MAX_VALUE;

    private static final long NO_TIMER = Long.MIN_VALUE;
    private static final long RELEASE_STEP_MS = 100L;
    /** State names: savepoints map state by them, never rename. */
    public static final String BUFFER_STATE = "sequencer-buffer";
    public static final String PROGRESS_STATE = "sequencer-progress";

    private final long keyLagMs;
    private final boolean advanceOnWatermark;
    private final boolean batch;
    private transient SequencerBuffer buffer;
    /** The context of the call being processed, for side outputs and timers in subclass hooks. */
    protected transient Context context;

    /**
     * @param keyLagMs per-ticker disorder tolerated before release; negative = release on the watermark only
     * @param advanceOnWatermark whether watermarks before the end of input move tickers' clocks
     */
    protected EventSequencer(long keyLagMs, boolean advanceOnWatermark) {
        this(keyLagMs, advanceOnWatermark, false);
    }

    /** With the sequencing settings of {@code opts}: key lag, watermark advance, BATCH buffers. */
    protected EventSequencer(SemanticsOptions opts) {
        this(opts.keyLagMs, opts.advanceOnWatermark, opts.batchSequencing);
    }

    private EventSequencer(long keyLagMs, boolean advanceOnWatermark, boolean batch) {
        if (keyLagMs < 0 && !advanceOnWatermark) {
            throw new IllegalArgumentException("a negative key lag needs advanceOnWatermark: nothing would move");
        }
        this.keyLagMs = keyLagMs;
        this.advanceOnWatermark = advanceOnWatermark;
        this.batch = batch;
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        buffer = batch ? new CurrentKeyBuffer() : new KeyedStateBuffer(getRuntimeContext());
    }

    // ---- subclass hooks ----

    /** Loads the subclass state of the current key before a batch of steps. */
    protected abstract void load() throws Exception;

    /** Writes the subclass state of the current key back after a batch of steps. */
    protected abstract void store() throws Exception;

    /** The earliest pending deadline in epoch ns, or {@link #NONE}. */
    protected abstract long nextDeadlineNs();

    /** Fires the deadline {@code deadlineNs} (it must stop being the next deadline). */
    protected abstract void onDeadline(long deadlineNs, Collector<OUT> out) throws Exception;

    /** Processes an in-order event. */
    protected abstract void onEvent(TickerEvent e, Collector<OUT> out) throws Exception;

    /** Processes an event that arrived after the ticker's clock passed it. */
    protected abstract void onLateEvent(TickerEvent e, long releasedThroughMs, Collector<OUT> out) throws Exception;

    /** The ticker being processed. */
    protected String currentKey() {
        return context.getCurrentKey();
    }

    // ---- Flink callbacks ----

    @Override
    public void processElement(TickerEvent e, Context ctx, Collector<OUT> out) throws Exception {
        context = ctx;
        SequencerState p = state();
        long ms = e.eventTimeMillis();
        load();
        if (ms <= p.releasedThroughMs) {
            onLateEvent(e, p.releasedThroughMs, out);
        } else {
            buffer.add(ms, e);
            p.minBufferedMs = Math.min(p.minBufferedMs, ms);
        }
        // Only market events measure a ticker's progress: news comes on its own stream, often ahead (a backfill
        // loads it first) or behind (polled), and must not push the clock past market events still on their way.
        if (e.kind != TickerEvent.NEWS) p.maxSeenMs = Math.max(p.maxSeenMs, ms);
        if (keyLagMs >= 0 && p.maxSeenMs != Long.MIN_VALUE) {
            long target = p.maxSeenMs - keyLagMs - 1;
            // release in steps, not per event: the order is the same, and a busy ticker's buffer is scanned
            // once per step instead of once per event
            if (target >= p.releasedThroughMs + RELEASE_STEP_MS || p.releasedThroughMs == Long.MIN_VALUE) {
                advance(p, target, out);
            }
        }
        reschedule(p);
        store();
        buffer.saveProgress(p);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<OUT> out) throws Exception {
        context = ctx;
        SequencerState p = state();
        p.timerMs = NO_TIMER;
        long watermark = ctx.timerService().currentWatermark();
        load();
        if (advanceOnWatermark || watermark == Long.MAX_VALUE) advance(p, Math.max(timestamp, watermark), out);
        reschedule(p);
        store();
        buffer.saveProgress(p);
    }

    // ---- the release loop ----

    private void advance(SequencerState p, long targetMs, Collector<OUT> out) throws Exception {
        if (targetMs <= p.releasedThroughMs) return;
        long targetNs = toNsEnd(targetMs);
        List<TickerEvent> ready = new ArrayList<>();
        if (p.minBufferedMs <= targetMs) {
            p.minBufferedMs = buffer.drainThrough(targetMs, ready);
            ready.sort(TickerEvent.ORDER);
        }
        int i = 0;
        while (true) {
            long d = nextDeadlineNs();
            TickerEvent next = i < ready.size() ? ready.get(i) : null;
            if (next != null && (d == NONE || next.ts <= d)) {
                onEvent(next, out);
                i++;
            } else if (d != NONE && d <= targetNs) {
                onDeadline(d, out);
            } else {
                break;
            }
        }
        p.releasedThroughMs = targetMs;
    }

    /** Keeps exactly one timer per ticker: its next wake-up, or only the end of input without watermark advance. */
    private void reschedule(SequencerState p) {
        long d = nextDeadlineNs();
        boolean pending = d != NONE || p.minBufferedMs != Long.MAX_VALUE;
        long want;
        if (!pending) {
            want = NO_TIMER;
        } else if (advanceOnWatermark) {
            want = Math.min(p.minBufferedMs, d == NONE ? Long.MAX_VALUE : Math.floorDiv(d, 1_000_000L));
        } else {
            want = Long.MAX_VALUE;
        }
        if (want == p.timerMs) return;
        if (p.timerMs != NO_TIMER) context.timerService().deleteEventTimeTimer(p.timerMs);
        if (want != NO_TIMER) context.timerService().registerEventTimeTimer(want);
        p.timerMs = want;
    }

    private SequencerState state() throws Exception {
        return buffer.progress(context.getCurrentKey());
    }

    /** The last nanosecond of a millisecond, saturating at {@code Long.MAX_VALUE} for the end-of-input watermark. */
    public static long toNsEndPublic(long ms) {
        return toNsEnd(ms);
    }

    static long toNsEnd(long ms) {
        if (ms >= Long.MAX_VALUE / 1_000_000L - 1) return Long.MAX_VALUE - 1;
        return ms * 1_000_000L + 999_999L;
    }
}
