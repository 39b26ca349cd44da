package io.tapeflow.jobs.recovery;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.SourceOutput;

/** A reader output that reports every record a source reader emits, through itself or any per-split output. */
final class CountingOutput<T> implements ReaderOutput<T> {
    private final ReaderOutput<T> out;
    private final Consumer<T> onRecord;
    private final Map<String, SourceOutput<T>> splits = new HashMap<>();

    CountingOutput(ReaderOutput<T> out, Consumer<T> onRecord) {
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

    @Override
    public SourceOutput<T> createOutputForSplit(String splitId) {
        return splits.computeIfAbsent(splitId, id -> new Split(out.createOutputForSplit(id)));
    }

    @Override
    public void releaseOutputForSplit(String splitId) {
        splits.remove(splitId);
        out.releaseOutputForSplit(splitId);
    }

    private final class Split implements SourceOutput<T> {
        private final SourceOutput<T> split;

        Split(SourceOutput<T> split) {
            this.split = split;
        }

        @Override
        public void collect(T record) {
            onRecord.accept(record);
            split.collect(record);
        }

        @Override
        public void collect(T record, long timestamp) {
            onRecord.accept(record);
            split.collect(record, timestamp);
        }

        @Override
        public void emitWatermark(Watermark watermark) {
            split.emitWatermark(watermark);
        }

        @Override
        public void markIdle() {
            split.markIdle();
        }

        @Override
        public void markActive() {
            split.markActive();
        }
    }
}
