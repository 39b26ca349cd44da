package io.tapeflow.sources.polygon.testutils;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.connector.sink2.Committer;
import org.apache.flink.api.connector.sink2.CommitterInitContext;
import org.apache.flink.api.connector.sink2.CommittingSinkWriter;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.SupportsCommitter;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.testutils.junit.SharedReference;
import org.apache.flink.util.function.SerializableFunction;

/**
 * A test sink that makes records visible only when the checkpoint that covers them completes (or at end of input),
 * keyed by batch id so a re-committed batch after a restore counts once. What it holds is therefore exactly what a
 * transactional sink would have published: failover tests can assert "no loss, no duplicate" on it.
 */
public final class CommittedCollectSink<T> implements Sink<T>, SupportsCommitter<CommittedCollectSink.Batch> {
    private static final long serialVersionUID = 1L;

    private final SharedReference<Map<String, List<String>>> committed;
    private final SerializableFunction<T, String> toId;

    public CommittedCollectSink(SharedReference<Map<String, List<String>>> committed, SerializableFunction<T, String> toId) {
        this.committed = committed;
        this.toId = toId;
    }

    /** A fresh shared map to pass in: batch id → record ids. */
    public static Map<String, List<String>> newStore() {
        return new ConcurrentHashMap<>();
    }

    /** Every committed record id, in no particular order, duplicates kept (so a test can see them). */
    public static List<String> ids(Map<String, List<String>> store) {
        List<String> all = new ArrayList<>();
        store.values().forEach(all::addAll);
        return all;
    }

    @Override
    @SuppressWarnings("deprecation")
    public SinkWriter<T> createWriter(InitContext context) {
        return new Writer();
    }

    @Override
    public Committer<Batch> createCommitter(CommitterInitContext context) {
        return new Committer<>() {
            @Override
            public void commit(Collection<CommitRequest<Batch>> requests) {
                for (CommitRequest<Batch> r : requests) committed.get().putIfAbsent(r.getCommittable().id, r.getCommittable().ids);
            }

            @Override
            public void close() {}
        };
    }

    @Override
    public SimpleVersionedSerializer<Batch> getCommittableSerializer() {
        return new BatchSerializer();
    }

    private final class Writer implements CommittingSinkWriter<T, Batch> {
        private List<String> buffer = new ArrayList<>();

        @Override
        public void write(T element, Context context) {
            buffer.add(toId.apply(element));
        }

        @Override
        public void flush(boolean endOfInput) {}

        @Override
        public Collection<Batch> prepareCommit() {
            if (buffer.isEmpty()) return List.of();
            Batch b = new Batch(UUID.randomUUID().toString(), buffer);
            buffer = new ArrayList<>();
            return List.of(b);
        }

        @Override
        public void close() {}
    }

    /** The records of one writer between two checkpoints. */
    public static final class Batch {
        final String id;
        final List<String> ids;

        Batch(String id, List<String> ids) {
            this.id = id;
            this.ids = ids;
        }
    }

    private static final class BatchSerializer implements SimpleVersionedSerializer<Batch> {
        @Override
        public int getVersion() {
            return 1;
        }

        @Override
        public byte[] serialize(Batch b) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeUTF(b.id);
                out.writeInt(b.ids.size());
                for (String s : b.ids) out.writeUTF(s);
            }
            return bytes.toByteArray();
        }

        @Override
        public Batch deserialize(int version, byte[] serialized) throws IOException {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
                String id = in.readUTF();
                int n = in.readInt();
                List<String> ids = new ArrayList<>(n);
                for (int i = 0; i < n; i++) ids.add(in.readUTF());
                return new Batch(id, ids);
            }
        }
    }
}
