package io.tapeflow.jobs.semantics;

import io.tapeflow.jobs.serialization.KnownStrings;
import io.tapeflow.jobs.serialization.QuoteSerializer;
import io.tapeflow.jobs.serialization.TradeSerializer;
import io.tapeflow.jobs.serialization.Wire;
import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.Luld;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Trade;
import java.io.IOException;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Field-by-field wire format of the payloads a {@link TickerEvent} carries, for {@link TickerEventSerializer}: trades
 * and quotes in the router's own format ({@link TradeSerializer}, {@link QuoteSerializer}), LULD and aggregates here.
 * Every public field of each model class is written, in declaration order, except that a payload's ticker is one byte
 * when it is the event's own ({@code ticker}, restored on read); the round-trip test fills every field reflectively,
 * so a field added to a model class without a line here fails it.
 */
final class TickerEventPayloads {
    private TickerEventPayloads() {}

    static void write(Trade t, String ticker, DataOutputView out) throws IOException {
        TradeSerializer.INSTANCE.serialize(t, ticker, out);
    }

    static Trade readTrade(String ticker, DataInputView in) throws IOException {
        return TradeSerializer.INSTANCE.deserializeWithTicker(ticker, in);
    }

    static void write(Quote q, String ticker, DataOutputView out) throws IOException {
        QuoteSerializer.INSTANCE.serialize(q, ticker, out);
    }

    static Quote readQuote(String ticker, DataInputView in) throws IOException {
        return QuoteSerializer.INSTANCE.deserializeWithTicker(ticker, in);
    }

    static void write(Luld l, String ticker, DataOutputView out) throws IOException {
        Wire.writeString(l.ticker, ticker, out);
        out.writeLong(l.ts);
        out.writeDouble(l.upper);
        out.writeDouble(l.lower);
        Wire.writeInts(l.indicators, out);
        out.writeInt(l.tape);
        out.writeLong(l.sequence);
        KnownStrings.writeOrigin(l.origin, out);
    }

    static Luld readLuld(String ticker, DataInputView in) throws IOException {
        Luld l = new Luld();
        l.ticker = Wire.readString(ticker, in);
        l.ts = in.readLong();
        l.upper = in.readDouble();
        l.lower = in.readDouble();
        l.indicators = Wire.readInts(in);
        l.tape = in.readInt();
        l.sequence = in.readLong();
        l.origin = KnownStrings.readOrigin(in);
        return l;
    }

    static void write(Aggregate a, String ticker, DataOutputView out) throws IOException {
        Wire.writeString(a.ticker, ticker, out);
        KnownStrings.writeTimeframe(a.timeframe, out);
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
        KnownStrings.writeOrigin(a.origin, out);
    }

    static Aggregate readAggregate(String ticker, DataInputView in) throws IOException {
        Aggregate a = new Aggregate();
        a.ticker = Wire.readString(ticker, in);
        a.timeframe = KnownStrings.readTimeframe(in);
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
        a.origin = KnownStrings.readOrigin(in);
        return a;
    }
}
