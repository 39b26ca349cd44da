package io.tapeflow.jobs.pipeline;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Origin;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.BoundedOutOfOrdernessWatermarks;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

/**
 * Bounded-out-of-orderness watermarks that ignore history (flat-file and REST events): used by
 * {@link Watermarks#catchUp()} so the ticker-sorted history never moves the watermark and the live feed drives it
 * from its first event.
 */
public final class LiveOnlyWatermarks implements WatermarkGenerator<MarketEvent> {
    private static final String FLATFILE = Origin.FLATFILE.value();
    private static final String REST = Origin.REST.value();
    private final BoundedOutOfOrdernessWatermarks<MarketEvent> live;

    public LiveOnlyWatermarks(Duration maxOutOfOrderness) {
        this.live = new BoundedOutOfOrdernessWatermarks<>(maxOutOfOrderness);
    }

    @Override
    public void onEvent(MarketEvent e, long timestamp, WatermarkOutput output) {
        String origin = originOf(e);
        if (!FLATFILE.equals(origin) && !REST.equals(origin)) {
            live.onEvent(e, timestamp, output);
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        live.onPeriodicEmit(output);
    }

    /** The event's origin value ({@code ws}, {@code flatfile} ...), or null when the kind carries none. */
    static String originOf(MarketEvent e) {
        if (e == null || e.kind == null) return null;
        switch (e.kind) {
            case TRADE: return e.trade == null ? null : e.trade.origin;
            case QUOTE: return e.quote == null ? null : e.quote.origin;
            case LULD: return e.luld == null ? null : e.luld.origin;
            case AGGREGATE: return e.aggregate == null ? null : e.aggregate.origin;
            case REJECT: return e.reject == null ? null : e.reject.origin;
            default: return null;
        }
    }
}
