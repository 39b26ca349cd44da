package io.tapeflow.sources.polygon.rest.aggs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/** Checkpoint format of {@link RestAggregatesSplit}. Bump {@link #CURRENT_VERSION} on change; keep old readers. */
public final class RestAggregatesSplitSerializer implements SimpleVersionedSerializer<RestAggregatesSplit> {
    /** v1: ticker, timeframe, from epoch day, to epoch day, last start ms. */
    public static final int VERSION_1 = 1;
    public static final int CURRENT_VERSION = VERSION_1;

    @Override
    public int getVersion() {
        return CURRENT_VERSION;
    }

    @Override
    public byte[] serialize(RestAggregatesSplit s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(s.ticker());
            out.writeUTF(s.timeframe());
            out.writeLong(s.from().toEpochDay());
            out.writeLong(s.to().toEpochDay());
            out.writeLong(s.lastStartMs());
        }
        return bytes.toByteArray();
    }

    @Override
    public RestAggregatesSplit deserialize(int version, byte[] serialized) throws IOException {
        if (version != VERSION_1) throw new IOException("unknown REST aggregates split version " + version);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
            return new RestAggregatesSplit(in.readUTF(), in.readUTF(), LocalDate.ofEpochDay(in.readLong()),
                    LocalDate.ofEpochDay(in.readLong()), in.readLong());
        }
    }
}
