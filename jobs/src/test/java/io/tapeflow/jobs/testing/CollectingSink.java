package io.tapeflow.jobs.testing;

import java.util.Collection;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.testutils.junit.SharedReference;

/** A Sink V2 that adds every record to a shared collection of the test (it can carry a uid, unlike collect()). */
public class CollectingSink<T> implements Sink<T> {
    private static final long serialVersionUID = 1L;
    private final SharedReference<? extends Collection<T>> target;

    public CollectingSink(SharedReference<? extends Collection<T>> target) {
        this.target = target;
    }

    @Override
    @SuppressWarnings("deprecation")
    public SinkWriter<T> createWriter(InitContext context) {
        return new SinkWriter<>() {
            @Override
            public void write(T element, Context ctx) {
                target.get().add(element);
            }

            @Override
            public void flush(boolean endOfInput) {}

            @Override
            public void close() {}
        };
    }
}
