package io.tapeflow.jobs.operators.news;

import io.tapeflow.jobs.semantics.TickerEvent;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Watermarks for the per-ticker news that never hold back the market's clock in the halt detector, and never lead
 * it either: the news channel declares itself permanently idle, so the detector's watermark is the market's alone.
 *
 * <p>Why idle and not a far-future watermark: news is polled (minutes behind) or loaded up front (hours ahead) and is
 * sequenced by each ticker's own clock anyway, so it has nothing to wait for. A sparse news stream with ordinary
 * watermarks would hold the market back (and an idle input that turns active again stalls the combined watermark
 * until it catches up). A far-future watermark fixes that while the market is active, but the live source marks
 * itself idle after a silent half minute (nights, weekends, a reconnect backoff); Flink then takes the minimum over
 * the ACTIVE inputs only, which would be the news' far future: every halt timer would fire at once and every later
 * market event would be late. An idle channel is excluded from the minimum in both cases, records still flow, and
 * the end of a bounded news input still forwards {@code Long.MAX_VALUE} (the operator re-activates for it).
 *
 * <p>Idleness is (re)declared on every periodic emit and every event, so it holds from the first auto-watermark
 * interval on (Flink's default 200 ms; nothing here works with that interval set to 0).
 */
public final class NewsNeverHoldsBack implements WatermarkGenerator<TickerEvent> {

    /** The strategy to assign after the fan-out. */
    public static WatermarkStrategy<TickerEvent> strategy() {
        return WatermarkStrategy.<TickerEvent>forGenerator(ctx -> new NewsNeverHoldsBack())
                .withTimestampAssigner((e, ts) -> e.eventTimeMillis());
    }

    @Override
    public void onEvent(TickerEvent event, long eventTimestamp, WatermarkOutput output) {
        output.markIdle();
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        output.markIdle();
    }
}
