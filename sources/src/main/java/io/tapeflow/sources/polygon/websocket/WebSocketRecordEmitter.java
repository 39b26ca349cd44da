package io.tapeflow.sources.polygon.websocket;

import io.tapeflow.sources.model.MarketEvent;

import org.apache.flink.api.connector.source.SourceOutput;
import org.apache.flink.connector.base.source.reader.RecordEmitter;

/**
 * Emits each event with its event timestamp (epoch ms), counts it by type and advances the split's last event time,
 * which is what a checkpoint stores for the restore gap.
 */
final class WebSocketRecordEmitter implements RecordEmitter<MarketEvent, MarketEvent, WebSocketSplitState> {
    @Override
    public void emitRecord(MarketEvent event, SourceOutput<MarketEvent> output, WebSocketSplitState state) {
        WebSocketSplitMetrics m = state.metrics();
        switch (event.kind) {
            case TRADE: m.trades.markEvent(); break;
            case QUOTE: m.quotes.markEvent(); break;
            case LULD: m.lulds.markEvent(); break;
            case AGGREGATE: m.aggregates.markEvent(); break;
            default: break;
        }
        long feedNs = event.feedTimeNanos();
        if (feedNs != 0) state.advanceEventTime(feedNs); // gaps and rejects carry no feed time of their own
        output.collect(event, event.eventTimeMillis());
    }
}
