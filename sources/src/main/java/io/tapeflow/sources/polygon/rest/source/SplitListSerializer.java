package io.tapeflow.sources.polygon.rest.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * Checkpoint format of a {@link PendingSplitsEnumerator}'s state: the nested split serializer's version, then each
 * split's bytes. Bump {@link #CURRENT_VERSION} on any layout change and keep every old reader.
 */
public final class SplitListSerializer<S> implements SimpleVersionedSerializer<List<S>> {
    /** v1: split version, count, length-prefixed split bytes. */
    public static final int VERSION_1 = 1;
    public static final int CURRENT_VERSION = VERSION_1;

    private final SimpleVersionedSerializer<S> splits;

    public SplitListSerializer(SimpleVersionedSerializer<S> splits) {
        this.splits = splits;
    }

    @Override
    public int getVersion() {
        return CURRENT_VERSION;
    }

    @Override
    public byte[] serialize(List<S> list) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(splits.getVersion());
            out.writeInt(list.size());
            for (S s : list) {
                byte[] b = splits.serialize(s);
                out.writeInt(b.length);
                out.write(b);
            }
        }
        return bytes.toByteArray();
    }

    @Override
    public List<S> deserialize(int version, byte[] serialized) throws IOException {
        if (version != VERSION_1) throw new IOException("unknown split list version " + version);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
            int splitVersion = in.readInt();
            int n = in.readInt();
            List<S> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                out.add(splits.deserialize(splitVersion, b));
            }
            return out;
        }
    }
}
