package io.tapeflow.sources.polygon.flatfiles.enumerator;

import io.tapeflow.sources.polygon.flatfiles.split.FlatFileSplit;
import io.tapeflow.sources.polygon.flatfiles.split.FlatFileSplitSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * Checkpoint format of {@link FlatFileEnumState}. Bump {@link #CURRENT_VERSION} on any layout change and keep a
 * reader for every old version.
 */
public final class FlatFileEnumStateSerializer implements SimpleVersionedSerializer<FlatFileEnumState> {
    /** v1: discovered flag, totals, split version, pending splits. */
    public static final int VERSION_1 = 1;
    public static final int CURRENT_VERSION = VERSION_1;

    @Override
    public int getVersion() {
        return CURRENT_VERSION;
    }

    @Override
    public byte[] serialize(FlatFileEnumState state) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeBoolean(state.discovered());
            out.writeInt(state.totalFiles());
            out.writeLong(state.totalBytes());
            // The nested split layout is versioned on its own, so the enum state survives a split-only bump.
            out.writeInt(FlatFileSplitSerializer.CURRENT_VERSION);
            out.writeInt(state.pending().size());
            for (FlatFileSplit s : state.pending()) FlatFileSplitSerializer.write(s, out);
        }
        return bytes.toByteArray();
    }

    @Override
    public FlatFileEnumState deserialize(int version, byte[] serialized) throws IOException {
        if (version != VERSION_1) {
            throw new IOException("unknown flat-file enumerator state version " + version + " (this build reads up to "
                    + CURRENT_VERSION + ")");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
            boolean discovered = in.readBoolean();
            int totalFiles = in.readInt();
            long totalBytes = in.readLong();
            int splitVersion = in.readInt();
            int n = in.readInt();
            List<FlatFileSplit> pending = new ArrayList<>(n);
            for (int i = 0; i < n; i++) pending.add(FlatFileSplitSerializer.read(splitVersion, in));
            return new FlatFileEnumState(pending, discovered, totalFiles, totalBytes);
        }
    }
}
