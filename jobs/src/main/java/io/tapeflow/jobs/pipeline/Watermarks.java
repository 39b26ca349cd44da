package io.tapeflow.jobs.pipeline;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.MarketEvent;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * The watermark policy of each mode. Event time is the market's clock: a halted ticker prints nothing, so its timers
 * fire on the watermark the rest of the market moves forward.
 */
public final class Watermarks {
    /** How far out of order live events may arrive (TRF prints are reported late) before they count as late. */
    public static final Duration LIVE_OUT_OF_ORDERNESS = Duration.ofSeconds(2);
    /**
     * A split (or a reader without a split) silent this long stops holding the watermark back. A silent WHOLE feed
     * (night, weekend, dead connection) holds the watermark still: timers are delayed, never wrong.
     */
    public static final Duration IDLENESS = Duration.ofSeconds(30);

    private Watermarks() {}

    /** Live: bounded out-of-orderness on the feed's own timestamps, with idleness for silent splits. */
    public static WatermarkStrategy<MarketEvent> live() {
        return WatermarkStrategy.<MarketEvent>forBoundedOutOfOrderness(LIVE_OUT_OF_ORDERNESS)
                .withTimestampAssigner((e, ts) -> e.eventTimeMillis())
                .withIdleness(IDLENESS);
    }

    /**
     * Backfill (BATCH): timestamps only. BATCH ignores watermarks and sorts each keyed input by key and record
     * timestamp, which is what orders a ticker's events across flat files; so the timestamp must be the time the
     * semantics sequence the event at ({@link #sequencingTimeMillis}).
     */
    public static WatermarkStrategy<MarketEvent> backfill() {
        return WatermarkStrategy.<MarketEvent>noWatermarks().withTimestampAssigner((e, ts) -> sequencingTimeMillis(e));
    }

    /**
     * The event time the semantics order an event by: a minute aggregate is complete at the end of its window
     * (TickerEvent#of), not at its start, which is its {@link MarketEvent#eventTimeMillis()}. Sorted by its start,
     * a BATCH run would hand the aggregate to a ticker before that minute's trades and move the ticker's clock a
     * whole minute ahead of them.
     */
    public static long sequencingTimeMillis(MarketEvent e) {
        if (e.kind == EventKind.AGGREGATE && e.aggregate != null && Aggregate.MINUTE.equals(e.aggregate.timeframe)) {
            Aggregate a = e.aggregate;
            long end = a.endMs > a.startMs ? a.endMs : a.startMs + 60_000L;
            return end - 1;
        }
        return e.eventTimeMillis();
    }

    /**
     * Catch-up (flat files, then the live feed, in one STREAMING job): history events get timestamps but never move
     * the watermark, because ticker-sorted files would carry it past tickers not read yet; tickers advance by their
     * own events through the history. The first live events start the watermark, exactly as in {@link #live()}.
     */
    public static WatermarkStrategy<MarketEvent> catchUp() {
        return WatermarkStrategy.<MarketEvent>forGenerator(ctx -> new LiveOnlyWatermarks(LIVE_OUT_OF_ORDERNESS))
                .withTimestampAssigner((e, ts) -> e.eventTimeMillis())
                .withIdleness(IDLENESS);
    }
}
