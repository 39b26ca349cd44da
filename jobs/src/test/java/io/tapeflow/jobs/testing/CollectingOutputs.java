package io.tapeflow.jobs.testing;

import io.tapeflow.jobs.mapping.DatasetSpec;
import io.tapeflow.jobs.pipeline.Outputs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.testutils.junit.SharedObjectsExtension;

/**
 * Test {@link Outputs}: every dataset into an in-JVM queue with a uid like the real sinks', so a whole job (live,
 * backfill) runs on a MiniCluster in this JVM and its datasets are read back. Queues live in a static registry under
 * a per-instance run id, so one run can serve several test methods (SharedObjectsExtension cannot).
 */
public final class CollectingOutputs implements Outputs {
    private static final Map<String, ConcurrentLinkedQueue<Object>> QUEUES = new ConcurrentHashMap<>();
    private final String run = UUID.randomUUID().toString();

    public CollectingOutputs() {}

    /** For tests that manage shared objects anyway; the run id already isolates this instance's queues. */
    public CollectingOutputs(SharedObjectsExtension shared) {
        this();
    }

    @Override
    public <T> void write(DatasetSpec<T> dataset, DataStream<T> stream) {
        String key = run + "/" + dataset.name();
        QUEUES.put(key, new ConcurrentLinkedQueue<>());
        stream.sinkTo(new QueueSink<>(key)).uid("collect-" + dataset.name()).name("Collect " + dataset.name());
    }

    /** What the job wrote to {@code dataset} so far, in arrival order (empty when the graph never wrote it). */
    @SuppressWarnings("unchecked")
    public <T> List<T> records(DatasetSpec<T> dataset) {
        ConcurrentLinkedQueue<Object> q = QUEUES.get(run + "/" + dataset.name());
        return q == null ? List.of() : (List<T>) new ArrayList<>(q);
    }

    /** Same as {@link #records}. */
    public <T> List<T> get(DatasetSpec<T> dataset) {
        return records(dataset);
    }

    /** Number of records written to {@code dataset} so far. */
    public int count(DatasetSpec<?> dataset) {
        return records(dataset).size();
    }

    /** Drops this run's queues. */
    public void clear() {
        QUEUES.keySet().removeIf(k -> k.startsWith(run + "/"));
    }

    /** Appends to the registry queue named by its key. */
    private static final class QueueSink<T> implements Sink<T> {
        private static final long serialVersionUID = 1L;
        private final String key;

        QueueSink(String key) {
            this.key = key;
        }

        @Override
        @SuppressWarnings("deprecation")
        public SinkWriter<T> createWriter(InitContext context) {
            ConcurrentLinkedQueue<Object> q = QUEUES.get(key);
            return new SinkWriter<>() {
                @Override
                public void write(T element, Context ctx) {
                    q.add(element);
                }

                @Override
                public void flush(boolean endOfInput) {}

                @Override
                public void close() {}
            };
        }
    }
}
