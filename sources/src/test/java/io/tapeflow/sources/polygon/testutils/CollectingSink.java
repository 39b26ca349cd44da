package io.tapeflow.sources.polygon.testutils;

import io.tapeflow.sources.model.MarketEvent;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.testutils.junit.SharedReference;

import java.util.Queue;

/**
 * A uid-carrying test sink (Sink V2) that appends every record to a shared in-JVM queue, because
 * {@code executeAndCollect} cannot take a uid under {@code pipeline.auto-generate-uids: false}.
 */
public final class CollectingSink implements Sink<MarketEvent> {
    private static final long serialVersionUID = 1L;

    private final SharedReference<? extends Queue<MarketEvent>> target;
    private final long nanosPerRecord;

    /** @param nanosPerRecord artificial per-record cost (0 = none), to create back-pressure on purpose */
    public CollectingSink(SharedReference<? extends Queue<MarketEvent>> target, long nanosPerRecord) {
        this.target = target;
        this.nanosPerRecord = nanosPerRecord;
    }

    @Override
    public SinkWriter<MarketEvent> createWriter(InitContext context) {
        return new SinkWriter<>() {
            @Override
            public void write(MarketEvent element, Context context) {
                target.get().add(element);
                if (nanosPerRecord > 0) java.util.concurrent.locks.LockSupport.parkNanos(nanosPerRecord);
            }

            @Override
            public void flush(boolean endOfInput) {}

            @Override
            public void close() {}
        };
    }
}
