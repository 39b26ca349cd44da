package io.tapeflow.sources.polygon.websocket;

import org.apache.flink.core.io.SimpleVersionedSerializer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Checkpoint format of {@link WebSocketSplit}. Bump {@link #CURRENT_VERSION} whenever the layout changes and keep a
 * reader for every older version (savepoints of released versions must restore).
 */
public final class WebSocketSplitSerializer implements SimpleVersionedSerializer<WebSocketSplit> {
    /** V1: splitId, ticker count, tickers, lastEventTimeNs. */
    static final int VERSION_1 = 1;
    static final int CURRENT_VERSION = VERSION_1;

    @Override
    public int getVersion() {
        return CURRENT_VERSION;
    }

    @Override
    public byte[] serialize(WebSocketSplit split) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(split, out);
        }
        return bytes.toByteArray();
    }

    @Override
    public WebSocketSplit deserialize(int version, byte[] serialized) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
            return read(version, in);
        }
    }

    static void write(WebSocketSplit split, DataOutputStream out) throws IOException {
        out.writeUTF(split.splitId());
        String[] tickers = split.tickers();
        out.writeInt(tickers.length);
        for (String t : tickers) out.writeUTF(t);
        out.writeLong(split.lastEventTimeNs());
    }

    static WebSocketSplit read(int version, DataInputStream in) throws IOException {
        switch (version) {
            case VERSION_1:
                String id = in.readUTF();
                String[] tickers = new String[in.readInt()];
                for (int k = 0; k < tickers.length; k++) tickers[k] = in.readUTF();
                return new WebSocketSplit(id, tickers, in.readLong());
            default:
                throw new IOException("Unknown WebSocketSplit serializer version " + version
                        + " (this build reads up to " + CURRENT_VERSION + ")");
        }
    }
}
