package io.tapeflow.jobs.testing;

import io.tapeflow.jobs.mapping.DatasetSpec;
import io.tapeflow.jobs.mapping.Datasets;
import io.tapeflow.jobs.pipeline.Outputs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.testutils.junit.SharedObjectsExtension;
import org.apache.flink.testutils.junit.SharedReference;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * Test {@link Outputs}: every dataset into an in-JVM queue through {@link CollectingSink}, with uids like the real
 * sinks', so a whole job (live, backfill) can be run on a MiniCluster and its datasets read back.
 */
public final class CollectingOutputs implements Outputs {
    private final Map<String, SharedReference<ConcurrentLinkedQueue<Object>>> queues = new HashMap<>();

    /** One queue per dataset of CONTRACT section 2, registered with the test's shared objects. */
    public CollectingOutputs(SharedObjectsExtension shared) {
        for (DatasetSpec<?> d : Datasets.all()) {
            queues.put(d.name(), shared.add(new ConcurrentLinkedQueue<>()));
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> void write(DatasetSpec<T> dataset, DataStream<T> stream) {
        SharedReference ref = queues.get(dataset.name());
        stream.sinkTo(new CollectingSink<T>(ref)).uid("collect-" + dataset.name()).name("Collect " + dataset.name());
    }

    /** What the job wrote to {@code dataset} so far, in arrival order. */
    @SuppressWarnings("unchecked")
    public <T> List<T> records(DatasetSpec<T> dataset) {
        List<T> out = new ArrayList<>();
        for (Object o : queues.get(dataset.name()).get()) {
            out.add((T) o);
        }
        return out;
    }

    /** Number of records written to {@code dataset} so far. */
    public int count(DatasetSpec<?> dataset) {
        return queues.get(dataset.name()).get().size();
    }
}
