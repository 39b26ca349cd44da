package io.tapeflow.jobs.recovery;

import java.util.function.Consumer;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.connector.source.SourceOutput;

/** A source output that forwards everything to {@code out}, reporting each record first. */
class CountingSourceOutput<T, O extends SourceOutput<T>> implements SourceOutput<T> {
    final O out;
    final Consumer<T> onRecord;

    CountingSourceOutput(O out, Consumer<T> onRecord) {
        this.out = out;
        this.onRecord = onRecord;
    }

    @Override
    public void collect(T record) {
        onRecord.accept(record);
        out.collect(record);
    }

    @Override
    public void collect(T record, long timestamp) {
        onRecord.accept(record);
        out.collect(record, timestamp);
    }

    @Override
    public void emitWatermark(Watermark watermark) {
        out.emitWatermark(watermark);
    }

    @Override
    public void markIdle() {
        out.markIdle();
    }

    @Override
    public void markActive() {
        out.markActive();
    }
}
