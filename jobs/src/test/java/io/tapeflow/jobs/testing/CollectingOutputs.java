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

/**
 * Test outputs for a MiniCluster in this JVM: every dataset into a queue of a static registry (so a run can be shared
 * by several test methods, which SharedObjectsExtension does not allow), each sink with a uid.
 */
public final class CollectingOutputs implements Outputs {
    private static final Map<String, ConcurrentLinkedQueue<Object>> QUEUES = new ConcurrentHashMap<>();
    private final String run = UUID.randomUUID().toString();

    @Override
    public <T> void write(DatasetSpec<T> dataset, DataStream<T> stream) {
        String key = run + "/" + dataset.name();
        QUEUES.put(key, new ConcurrentLinkedQueue<>());
        stream.sinkTo(new QueueSink<>(key)).uid("test-collect-" + dataset.name()).name("collect " + dataset.name());
    }

    /** What the dataset received so far (empty when the graph never wrote it). */
    @SuppressWarnings("unchecked")
    public <T> List<T> get(DatasetSpec<T> dataset) {
        ConcurrentLinkedQueue<Object> q = QUEUES.get(run + "/" + dataset.name());
        return q == null ? List.of() : (List<T>) new ArrayList<>(q);
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
