package io.tapeflow.jobs.semantics;

import io.tapeflow.jobs.serialization.Wire;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputView;

/**
 * A hand-written serializer for the {@link TickerEvent}s crossing the semantics shuffle: direct field writes instead of
 * the POJO serializer's reflection (a backfill profile had the reflective serialize/deserialize/instantiate of every
 * event, four times per event through a BATCH sort, as the largest cost of the halt detector's thread). Strings use
 * {@link Wire}'s UTF-8 encoding, and a payload's ticker is not repeated: the event carries it.
 *
 * <p>Only the stream edges use it ({@link MarketSemantics#EVENT}); keyed state that holds events keeps declaring
 * {@code Types.POJO(TickerEvent.class)}, so savepoints are unaffected and the format may change freely between releases
 * (both ends of an edge always run the same code). It still has a proper snapshot, as every serializer must.
 */
public final class TickerEventSerializer extends TypeSerializerSingleton<TickerEvent> {
    private static final long serialVersionUID = 1L;
    public static final TickerEventSerializer INSTANCE = new TickerEventSerializer();

    private static final int TRADE = 1;
    private static final int QUOTE = 2;
    private static final int LULD = 4;
    private static final int AGGREGATE = 8;

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public TickerEvent createInstance() {
        return new TickerEvent();
    }

    /** A deep copy (round trip through the wire format: copies are rare, the format is the one source of truth). */
    @Override
    public TickerEvent copy(TickerEvent from) {
        if (from == null) return null;
        try {
            DataOutputSerializer out = new DataOutputSerializer(256);
            serialize(from, out);
            return deserialize(new DataInputDeserializer(out.getSharedBuffer(), 0, out.length()));
        } catch (IOException e) {
            throw new IllegalStateException("copying " + from + " failed", e);
        }
    }

    @Override
    public TickerEvent copy(TickerEvent from, TickerEvent reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(TickerEvent e, DataOutputView out) throws IOException {
        Wire.writeString(e.ticker, out);
        out.writeLong(e.ts);
        out.writeInt(e.kind);
        int present = (e.trade != null ? TRADE : 0) | (e.quote != null ? QUOTE : 0) | (e.luld != null ? LULD : 0)
                | (e.aggregate != null ? AGGREGATE : 0);
        out.writeByte(present);
        if (e.trade != null) TickerEventPayloads.write(e.trade, e.ticker, out);
        if (e.quote != null) TickerEventPayloads.write(e.quote, e.ticker, out);
        if (e.luld != null) TickerEventPayloads.write(e.luld, e.ticker, out);
        if (e.aggregate != null) TickerEventPayloads.write(e.aggregate, e.ticker, out);
        Wire.writeString(e.newsId, out);
    }

    @Override
    public TickerEvent deserialize(DataInputView in) throws IOException {
        TickerEvent e = new TickerEvent();
        e.ticker = Wire.readString(in);
        e.ts = in.readLong();
        e.kind = in.readInt();
        int present = in.readByte();
        if ((present & TRADE) != 0) e.trade = TickerEventPayloads.readTrade(e.ticker, in);
        if ((present & QUOTE) != 0) e.quote = TickerEventPayloads.readQuote(e.ticker, in);
        if ((present & LULD) != 0) e.luld = TickerEventPayloads.readLuld(e.ticker, in);
        if ((present & AGGREGATE) != 0) e.aggregate = TickerEventPayloads.readAggregate(e.ticker, in);
        e.newsId = Wire.readString(in);
        return e;
    }

    @Override
    public TickerEvent deserialize(TickerEvent reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    @Override
    public TypeSerializerSnapshot<TickerEvent> snapshotConfiguration() {
        return new Snapshot();
    }

    /** The serializer has no configuration: the snapshot only restores the singleton. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<TickerEvent> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
