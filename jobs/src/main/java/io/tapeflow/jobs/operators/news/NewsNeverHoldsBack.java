package io.tapeflow.jobs.operators.news;

import io.tapeflow.jobs.semantics.TickerEvent;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Watermarks for the per-ticker news that never hold back the market's clock in the halt detector: news is polled
 * (minutes behind) or loaded up front (hours ahead), and it is sequenced by each ticker's own clock anyway, so its
 * channel declares "nothing to wait for" and the detector's watermark is the market's alone. Without this, a news
 * source without watermarks would freeze every halted ticker's timers.
 */
public final class NewsNeverHoldsBack implements WatermarkGenerator<TickerEvent> {
    private static final Watermark FAR_FUTURE = new Watermark(Long.MAX_VALUE - 1);

    /** The strategy to assign after the fan-out. */
    public static WatermarkStrategy<TickerEvent> strategy() {
        return WatermarkStrategy.<TickerEvent>forGenerator(ctx -> new NewsNeverHoldsBack())
                .withTimestampAssigner((e, ts) -> e.eventTimeMillis());
    }

    @Override
    public void onEvent(TickerEvent event, long eventTimestamp, WatermarkOutput output) {}

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        output.emitWatermark(FAR_FUTURE);
    }
}
