package io.tapeflow.sources.polygon.websocket;

import io.tapeflow.sources.model.MarketEvent;

import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.SourceOutput;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link ReaderOutput} that keeps every record together with the timestamp it was emitted with. */
final class RecordingReaderOutput implements ReaderOutput<MarketEvent> {
    final List<MarketEvent> events = new CopyOnWriteArrayList<>();
    final List<Long> timestamps = new CopyOnWriteArrayList<>();

    @Override
    public void collect(MarketEvent record) {
        collect(record, Long.MIN_VALUE);
    }

    @Override
    public void collect(MarketEvent record, long timestamp) {
        events.add(record);
        timestamps.add(timestamp);
    }

    @Override
    public void emitWatermark(Watermark watermark) {}

    @Override
    public void markIdle() {}

    @Override
    public void markActive() {}

    @Override
    public SourceOutput<MarketEvent> createOutputForSplit(String splitId) {
        return this;
    }

    @Override
    public void releaseOutputForSplit(String splitId) {}
}
