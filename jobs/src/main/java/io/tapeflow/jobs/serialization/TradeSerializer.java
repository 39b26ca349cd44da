package io.tapeflow.jobs.serialization;

import io.tapeflow.sources.model.Trade;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

import java.io.IOException;

/**
 * {@link Trade} serializer for the router's trades output: every field copied and written by hand. A new field in
 * {@link Trade} must be added here too ({@code HandWrittenSerializersTest} fails until it is).
 */
public final class TradeSerializer extends RecordSerializer<Trade> {
    private static final long serialVersionUID = 1L;

    public static final TradeSerializer INSTANCE = new TradeSerializer();
    public static final TypeInformation<Trade> TYPE = new SerializerTypeInfo<>(Trade.class, INSTANCE);

    @Override
    public Trade createInstance() {
        return new Trade();
    }

    @Override
    public Trade copy(Trade from) {
        Trade t = new Trade();
        t.ticker = from.ticker;
        t.sipTs = from.sipTs;
        t.participantTs = from.participantTs;
        t.trfTs = from.trfTs;
        t.exchange = from.exchange;
        t.tradeId = from.tradeId;
        t.price = from.price;
        t.size = from.size;
        t.conditions = Wire.copy(from.conditions);
        t.tape = from.tape;
        t.sequence = from.sequence;
        t.trfId = from.trfId;
        t.correction = from.correction;
        t.origin = from.origin;
        return t;
    }

    @Override
    public void serialize(Trade t, DataOutputView out) throws IOException {
        serialize(t, null, out);
    }

    /**
     * Writes {@code t} with its ticker as one byte when it equals {@code knownTicker} (a container that carries
     * the ticker itself, such as the semantics' events); {@link #deserializeWithTicker(String, DataInputView)} restores it.
     */
    public void serialize(Trade t, String knownTicker, DataOutputView out) throws IOException {
        Wire.writeString(t.ticker, knownTicker, out);
        out.writeLong(t.sipTs);
        out.writeLong(t.participantTs);
        out.writeLong(t.trfTs);
        out.writeInt(t.exchange);
        Wire.writeString(t.tradeId, out);
        out.writeDouble(t.price);
        out.writeDouble(t.size);
        Wire.writeInts(t.conditions, out);
        out.writeInt(t.tape);
        out.writeLong(t.sequence);
        out.writeInt(t.trfId);
        out.writeInt(t.correction);
        KnownStrings.writeOrigin(t.origin, out);
    }

    @Override
    public Trade deserialize(DataInputView in) throws IOException {
        return deserializeWithTicker(null, in);
    }

    /** Reads what {@link #serialize(Trade, String, DataOutputView)} wrote with the same {@code knownTicker}. */
    public Trade deserializeWithTicker(String knownTicker, DataInputView in) throws IOException {
        Trade t = new Trade();
        t.ticker = Wire.readString(knownTicker, in);
        t.sipTs = in.readLong();
        t.participantTs = in.readLong();
        t.trfTs = in.readLong();
        t.exchange = in.readInt();
        t.tradeId = Wire.readString(in);
        t.price = in.readDouble();
        t.size = in.readDouble();
        t.conditions = Wire.readInts(in);
        t.tape = in.readInt();
        t.sequence = in.readLong();
        t.trfId = in.readInt();
        t.correction = in.readInt();
        t.origin = KnownStrings.readOrigin(in);
        return t;
    }

    @Override
    public TypeSerializerSnapshot<Trade> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores {@link #INSTANCE}; stream edges only (no state holds this format), so it is not versioned. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<Trade> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
