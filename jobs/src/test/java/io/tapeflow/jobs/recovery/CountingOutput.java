package io.tapeflow.jobs.recovery;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.SourceOutput;

/** A reader output that reports every record a source reader emits, through itself or any per-split output. */
final class CountingOutput<T> extends CountingSourceOutput<T, ReaderOutput<T>> implements ReaderOutput<T> {
    private final Map<String, SourceOutput<T>> splits = new HashMap<>();

    CountingOutput(ReaderOutput<T> out, Consumer<T> onRecord) {
        super(out, onRecord);
    }

    @Override
    public SourceOutput<T> createOutputForSplit(String splitId) {
        return splits.computeIfAbsent(splitId, id -> new CountingSourceOutput<>(out.createOutputForSplit(id), onRecord));
    }

    @Override
    public void releaseOutputForSplit(String splitId) {
        splits.remove(splitId);
        out.releaseOutputForSplit(splitId);
    }
}
