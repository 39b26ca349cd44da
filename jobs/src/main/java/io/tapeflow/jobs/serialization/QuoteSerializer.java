package io.tapeflow.jobs.serialization;

import io.tapeflow.sources.model.Quote;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

import java.io.IOException;

/**
 * {@link Quote} serializer for the router's quotes output: every field copied and written by hand. A new field in
 * {@link Quote} must be added here too ({@code HandWrittenSerializersTest} fails until it is).
 */
public final class QuoteSerializer extends RecordSerializer<Quote> {
    private static final long serialVersionUID = 1L;

    public static final QuoteSerializer INSTANCE = new QuoteSerializer();
    public static final TypeInformation<Quote> TYPE = new SerializerTypeInfo<>(Quote.class, INSTANCE);

    @Override
    public Quote createInstance() {
        return new Quote();
    }

    @Override
    public Quote copy(Quote from) {
        Quote q = new Quote();
        q.ticker = from.ticker;
        q.sipTs = from.sipTs;
        q.participantTs = from.participantTs;
        q.bidPrice = from.bidPrice;
        q.bidSize = from.bidSize;
        q.bidExchange = from.bidExchange;
        q.askPrice = from.askPrice;
        q.askSize = from.askSize;
        q.askExchange = from.askExchange;
        q.conditions = Wire.copy(from.conditions);
        q.indicators = Wire.copy(from.indicators);
        q.tape = from.tape;
        q.sequence = from.sequence;
        q.sizeUnit = from.sizeUnit;
        q.origin = from.origin;
        return q;
    }

    @Override
    public void serialize(Quote q, DataOutputView out) throws IOException {
        serialize(q, null, out);
    }

    /**
     * Writes {@code q} with its ticker as one byte when it equals {@code knownTicker} (a container that carries
     * the ticker itself, such as the semantics' events); {@link #deserializeWithTicker(String, DataInputView)} restores it.
     */
    public void serialize(Quote q, String knownTicker, DataOutputView out) throws IOException {
        Wire.writeString(q.ticker, knownTicker, out);
        out.writeLong(q.sipTs);
        out.writeLong(q.participantTs);
        out.writeDouble(q.bidPrice);
        out.writeDouble(q.bidSize);
        out.writeInt(q.bidExchange);
        out.writeDouble(q.askPrice);
        out.writeDouble(q.askSize);
        out.writeInt(q.askExchange);
        Wire.writeInts(q.conditions, out);
        Wire.writeInts(q.indicators, out);
        out.writeInt(q.tape);
        out.writeLong(q.sequence);
        KnownStrings.writeSizeUnit(q.sizeUnit, out);
        KnownStrings.writeOrigin(q.origin, out);
    }

    @Override
    public Quote deserialize(DataInputView in) throws IOException {
        return deserializeWithTicker(null, in);
    }

    /** Reads what {@link #serialize(Quote, String, DataOutputView)} wrote with the same {@code knownTicker}. */
    public Quote deserializeWithTicker(String knownTicker, DataInputView in) throws IOException {
        Quote q = new Quote();
        q.ticker = Wire.readString(knownTicker, in);
        q.sipTs = in.readLong();
        q.participantTs = in.readLong();
        q.bidPrice = in.readDouble();
        q.bidSize = in.readDouble();
        q.bidExchange = in.readInt();
        q.askPrice = in.readDouble();
        q.askSize = in.readDouble();
        q.askExchange = in.readInt();
        q.conditions = Wire.readInts(in);
        q.indicators = Wire.readInts(in);
        q.tape = in.readInt();
        q.sequence = in.readLong();
        q.sizeUnit = KnownStrings.readSizeUnit(in);
        q.origin = KnownStrings.readOrigin(in);
        return q;
    }

    @Override
    public TypeSerializerSnapshot<Quote> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores {@link #INSTANCE}; stream edges only (no state holds this format), so it is not versioned. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<Quote> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
