package io.tapeflow.sources.polygon.websocket;

import org.apache.flink.core.io.SimpleVersionedSerializer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checkpoint format of {@link WebSocketEnumState}. Bump {@link #CURRENT_VERSION} whenever the layout changes and keep
 * a reader for every older version.
 */
public final class WebSocketEnumStateSerializer implements SimpleVersionedSerializer<WebSocketEnumState> {
    /** V1: split count, then per split its V1 split layout and an assigned flag. */
    static final int VERSION_1 = 1;
    static final int CURRENT_VERSION = VERSION_1;

    @Override
    public int getVersion() {
        return CURRENT_VERSION;
    }

    @Override
    public byte[] serialize(WebSocketEnumState state) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(state.splits().size());
            for (WebSocketSplit split : state.splits()) {
                WebSocketSplitSerializer.write(split, out);
                out.writeBoolean(state.assignedSplitIds().contains(split.splitId()));
            }
        }
        return bytes.toByteArray();
    }

    @Override
    public WebSocketEnumState deserialize(int version, byte[] serialized) throws IOException {
        if (version != VERSION_1) {
            throw new IOException("Unknown WebSocketEnumState serializer version " + version
                    + " (this build reads up to " + CURRENT_VERSION + ")");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
            int n = in.readInt();
            List<WebSocketSplit> splits = new ArrayList<>(n);
            Set<String> assigned = new HashSet<>();
            for (int k = 0; k < n; k++) {
                WebSocketSplit split = WebSocketSplitSerializer.read(WebSocketSplitSerializer.VERSION_1, in);
                splits.add(split);
                if (in.readBoolean()) assigned.add(split.splitId());
            }
            return new WebSocketEnumState(splits, assigned);
        }
    }
}
