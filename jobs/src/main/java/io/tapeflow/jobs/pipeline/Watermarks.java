package io.tapeflow.jobs.pipeline;

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
}
