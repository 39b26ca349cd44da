package io.tapeflow.sources.polygon.flatfiles.split;

import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * Checkpoint format of {@link FlatFileSplit}. Bump {@link #CURRENT_VERSION} on any layout change and keep a reader
 * for every old version (savepoints of released versions must restore).
 */
public final class FlatFileSplitSerializer implements SimpleVersionedSerializer<FlatFileSplit> {
    public static final FlatFileSplitSerializer INSTANCE = new FlatFileSplitSerializer();

    /** v1: dataset name, epoch day, key, size, etag, rows consumed. */
    public static final int VERSION_1 = 1;
    public static final int CURRENT_VERSION = VERSION_1;

    @Override
    public int getVersion() {
        return CURRENT_VERSION;
    }

    @Override
    public byte[] serialize(FlatFileSplit split) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(split, out);
        }
        return bytes.toByteArray();
    }

    @Override
    public FlatFileSplit deserialize(int version, byte[] serialized) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
            return read(version, in);
        }
    }

    /** Writes the current layout; shared with the enumerator state serializer. */
    public static void write(FlatFileSplit split, DataOutputStream out) throws IOException {
        out.writeUTF(split.dataset().name());
        out.writeLong(split.day().toEpochDay());
        out.writeUTF(split.key());
        out.writeLong(split.sizeBytes());
        out.writeUTF(split.etag());
        out.writeLong(split.rowsConsumed());
    }

    /** Reads a split written in {@code version}. */
    public static FlatFileSplit read(int version, DataInputStream in) throws IOException {
        switch (version) {
            case VERSION_1:
                FlatFileDataset dataset = FlatFileDataset.valueOf(in.readUTF());
                LocalDate day = LocalDate.ofEpochDay(in.readLong());
                String key = in.readUTF();
                long size = in.readLong();
                String etag = in.readUTF();
                long rows = in.readLong();
                return new FlatFileSplit(dataset, day, key, size, etag, rows);
            default:
                throw new IOException("unknown flat-file split version " + version + " (this build reads up to "
                        + CURRENT_VERSION + ")");
        }
    }
}
