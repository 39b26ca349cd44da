package io.tapeflow.sources.polygon.rest.news;

import io.tapeflow.sources.polygon.rest.NewsQuery;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/** Checkpoint format of {@link NewsSplit}. Bump {@link #CURRENT_VERSION} on change; keep old readers. */
public final class NewsSplitSerializer implements SimpleVersionedSerializer<NewsSplit> {
    /** v1: vendor, from, to, ticker flag + ticker, limit, last published, n, (id, published) pairs. */
    public static final int VERSION_1 = 1;
    public static final int CURRENT_VERSION = VERSION_1;

    @Override
    public int getVersion() {
        return CURRENT_VERSION;
    }

    @Override
    public byte[] serialize(NewsSplit s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            NewsQuery q = s.query();
            out.writeUTF(q.vendor);
            out.writeLong(q.fromMs);
            out.writeLong(q.toMs);
            out.writeBoolean(q.ticker != null);
            if (q.ticker != null) out.writeUTF(q.ticker);
            out.writeInt(q.limit);
            out.writeLong(s.lastPublishedMs());
            String[] ids = s.seenIds();
            long[] times = s.seenPublishedMs();
            out.writeInt(ids.length);
            for (int i = 0; i < ids.length; i++) {
                out.writeUTF(ids[i]);
                out.writeLong(times[i]);
            }
        }
        return bytes.toByteArray();
    }

    @Override
    public NewsSplit deserialize(int version, byte[] serialized) throws IOException {
        if (version != VERSION_1) throw new IOException("unknown news split version " + version);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
            String vendor = in.readUTF();
            long from = in.readLong();
            long to = in.readLong();
            String ticker = in.readBoolean() ? in.readUTF() : null;
            int limit = in.readInt();
            long last = in.readLong();
            int n = in.readInt();
            String[] ids = new String[n];
            long[] times = new long[n];
            for (int i = 0; i < n; i++) {
                ids[i] = in.readUTF();
                times[i] = in.readLong();
            }
            return new NewsSplit(new NewsQuery(vendor, from, to, ticker, limit), last, ids, times);
        }
    }
}
