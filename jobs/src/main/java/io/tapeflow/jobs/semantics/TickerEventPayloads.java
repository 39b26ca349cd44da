package io.tapeflow.jobs.semantics;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.Luld;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Trade;
import java.io.IOException;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * Field-by-field wire format and deep copies of the payloads a {@link TickerEvent} carries, for
 * {@link TickerEventSerializer}. Every public field of each model class is written, in declaration order; the
 * round-trip test fills every field reflectively, so a field added to a model class without a line here fails it.
 */
final class TickerEventPayloads {
    private TickerEventPayloads() {}

    static void write(Trade t, DataOutputView out) throws IOException {
        StringValue.writeString(t.ticker, out);
        out.writeLong(t.sipTs);
        out.writeLong(t.participantTs);
        out.writeLong(t.trfTs);
        out.writeInt(t.exchange);
        StringValue.writeString(t.tradeId, out);
        out.writeDouble(t.price);
        out.writeDouble(t.size);
        writeInts(t.conditions, out);
        out.writeInt(t.tape);
        out.writeLong(t.sequence);
        out.writeInt(t.trfId);
        out.writeInt(t.correction);
        StringValue.writeString(t.origin, out);
    }

    static Trade readTrade(DataInputView in) throws IOException {
        Trade t = new Trade();
        t.ticker = StringValue.readString(in);
        t.sipTs = in.readLong();
        t.participantTs = in.readLong();
        t.trfTs = in.readLong();
        t.exchange = in.readInt();
        t.tradeId = StringValue.readString(in);
        t.price = in.readDouble();
        t.size = in.readDouble();
        t.conditions = readInts(in);
        t.tape = in.readInt();
        t.sequence = in.readLong();
        t.trfId = in.readInt();
        t.correction = in.readInt();
        t.origin = StringValue.readString(in);
        return t;
    }

    static void write(Quote q, DataOutputView out) throws IOException {
        StringValue.writeString(q.ticker, out);
        out.writeLong(q.sipTs);
        out.writeLong(q.participantTs);
        out.writeDouble(q.bidPrice);
        out.writeDouble(q.bidSize);
        out.writeInt(q.bidExchange);
        out.writeDouble(q.askPrice);
        out.writeDouble(q.askSize);
        out.writeInt(q.askExchange);
        writeInts(q.conditions, out);
        writeInts(q.indicators, out);
        out.writeInt(q.tape);
        out.writeLong(q.sequence);
        StringValue.writeString(q.sizeUnit, out);
        StringValue.writeString(q.origin, out);
    }

    static Quote readQuote(DataInputView in) throws IOException {
        Quote q = new Quote();
        q.ticker = StringValue.readString(in);
        q.sipTs = in.readLong();
        q.participantTs = in.readLong();
        q.bidPrice = in.readDouble();
        q.bidSize = in.readDouble();
        q.bidExchange = in.readInt();
        q.askPrice = in.readDouble();
        q.askSize = in.readDouble();
        q.askExchange = in.readInt();
        q.conditions = readInts(in);
        q.indicators = readInts(in);
        q.tape = in.readInt();
        q.sequence = in.readLong();
        q.sizeUnit = StringValue.readString(in);
        q.origin = StringValue.readString(in);
        return q;
    }

    static void write(Luld l, DataOutputView out) throws IOException {
        StringValue.writeString(l.ticker, out);
        out.writeLong(l.ts);
        out.writeDouble(l.upper);
        out.writeDouble(l.lower);
        writeInts(l.indicators, out);
        out.writeInt(l.tape);
        out.writeLong(l.sequence);
        StringValue.writeString(l.origin, out);
    }

    static Luld readLuld(DataInputView in) throws IOException {
        Luld l = new Luld();
        l.ticker = StringValue.readString(in);
        l.ts = in.readLong();
        l.upper = in.readDouble();
        l.lower = in.readDouble();
        l.indicators = readInts(in);
        l.tape = in.readInt();
        l.sequence = in.readLong();
        l.origin = StringValue.readString(in);
        return l;
    }

    static void write(Aggregate a, DataOutputView out) throws IOException {
        StringValue.writeString(a.ticker, out);
        StringValue.writeString(a.timeframe, out);
        out.writeLong(a.startMs);
        out.writeLong(a.endMs);
        out.writeDouble(a.open);
        out.writeDouble(a.high);
        out.writeDouble(a.low);
        out.writeDouble(a.close);
        out.writeDouble(a.volume);
        out.writeDouble(a.vwap);
        out.writeLong(a.trades);
        out.writeDouble(a.dayVolume);
        out.writeDouble(a.dayVwap);
        out.writeDouble(a.officialOpen);
        out.writeBoolean(a.otc);
        StringValue.writeString(a.origin, out);
    }

    static Aggregate readAggregate(DataInputView in) throws IOException {
        Aggregate a = new Aggregate();
        a.ticker = StringValue.readString(in);
        a.timeframe = StringValue.readString(in);
        a.startMs = in.readLong();
        a.endMs = in.readLong();
        a.open = in.readDouble();
        a.high = in.readDouble();
        a.low = in.readDouble();
        a.close = in.readDouble();
        a.volume = in.readDouble();
        a.vwap = in.readDouble();
        a.trades = in.readLong();
        a.dayVolume = in.readDouble();
        a.dayVwap = in.readDouble();
        a.officialOpen = in.readDouble();
        a.otc = in.readBoolean();
        a.origin = StringValue.readString(in);
        return a;
    }

    /** Null is length -1, so a null array stays null (the POJO serializer kept that distinction too). */
    private static void writeInts(int[] values, DataOutputView out) throws IOException {
        if (values == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(values.length);
        for (int v : values) out.writeInt(v);
    }

    private static int[] readInts(DataInputView in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        int[] values = new int[n];
        for (int i = 0; i < n; i++) values[i] = in.readInt();
        return values;
    }
}
