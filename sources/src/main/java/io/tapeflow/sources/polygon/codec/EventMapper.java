package io.tapeflow.sources.polygon.codec;

import static io.tapeflow.sources.polygon.codec.ElementFields.*;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.Luld;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Origin;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Trade;

/** Turns the slots of one element into a normalised tapeflow event, exactly per PROTOCOL.md sections 2.6 and 2.7. */
final class EventMapper {
    private static final String WS = Origin.WS.value();

    private final FieldReader r;

    EventMapper(ElementFields fields) {
        this.r = new FieldReader(fields);
    }

    MarketEvent trade() throws BadElementException {
        Trade t = new Trade();
        t.ticker = r.requiredString(SYM);
        t.sipTs = nanosFromMillis(T, r.requiredLong(T));
        t.participantTs = r.present(PT) ? nanosFromMillis(PT, r.requiredLong(PT)) : 0L;
        t.trfTs = r.present(TRFT) ? nanosFromMillis(TRFT, r.requiredLong(TRFT)) : 0L;
        t.exchange = r.optionalInt(X);
        t.tradeId = r.stringOrInteger(I);
        t.price = r.requiredDouble(P);
        // ds carries fractional shares (2026); s stays the whole-share count for older servers.
        if (r.present(DS)) {
            t.size = r.decimal(DS);
        } else {
            t.size = r.requiredDouble(S);
        }
        t.conditions = r.optionalIntArray(C);
        t.tape = r.optionalInt(Z);
        t.sequence = r.optionalLong(Q);
        t.trfId = r.optionalInt(TRFI);
        t.origin = WS;
        return MarketEvent.of(t);
    }

    MarketEvent quote() throws BadElementException {
        Quote q = new Quote();
        q.ticker = r.requiredString(SYM);
        q.sipTs = nanosFromMillis(T, r.requiredLong(T));
        q.participantTs = r.present(PT) ? nanosFromMillis(PT, r.requiredLong(PT)) : 0L;
        q.bidPrice = r.requiredDouble(BP);
        q.askPrice = r.requiredDouble(AP);
        q.bidSize = r.requiredDouble(BS);
        q.askSize = r.requiredDouble(AS);
        q.bidExchange = r.optionalInt(BX);
        q.askExchange = r.optionalInt(AX);
        q.conditions = r.scalarOrIntArray(C);
        q.indicators = r.optionalIntArray(I);
        q.tape = r.optionalInt(Z);
        q.sequence = r.optionalLong(Q);
        q.sizeUnit = Quote.ROUND_LOTS; // WS spec: bs/as count round lots (x100 = shares)
        q.origin = WS;
        return MarketEvent.of(q);
    }

    MarketEvent aggregate(String timeframe) throws BadElementException {
        Aggregate a = new Aggregate();
        a.ticker = r.requiredString(SYM);
        a.timeframe = timeframe;
        a.startMs = nonNegative(S, r.requiredLong(S));
        a.endMs = nonNegative(E, r.requiredLong(E));
        a.open = r.requiredDouble(O);
        a.high = r.requiredDouble(H);
        a.low = r.requiredDouble(L);
        a.close = r.requiredDouble(C);
        a.volume = r.present(DV) ? r.decimal(DV) : r.requiredDouble(V);
        a.dayVolume = r.present(DAV) ? r.decimal(DAV) : r.optionalDouble(AV);
        a.vwap = r.optionalDouble(VW);
        a.dayVwap = r.optionalDouble(A);
        a.officialOpen = r.optionalDouble(OP);
        a.otc = r.optionalBoolean(OTC); // omitted when false
        a.origin = WS;
        return MarketEvent.of(a);
    }

    MarketEvent luld() throws BadElementException {
        Luld l = new Luld();
        l.ticker = r.requiredString(TICKER); // LULD carries the ticker in T, not sym
        long t = nonNegative(T, r.requiredLong(T));
        try {
            l.ts = WireTimestamps.nanosByMagnitude(t);
        } catch (ArithmeticException e) {
            throw FieldReader.problem(T, "a timestamp in range");
        }
        l.upper = r.requiredDouble(H);
        l.lower = r.requiredDouble(L);
        l.indicators = r.optionalIntArray(I);
        l.tape = r.optionalInt(Z);
        l.sequence = r.optionalLong(Q);
        l.origin = WS;
        return MarketEvent.of(l);
    }

    StatusMessage status() throws BadElementException {
        String status = r.requiredString(STATUS);
        String message = r.present(MESSAGE) ? r.stringOrInteger(MESSAGE) : "";
        return new StatusMessage(status, message);
    }

    /** Best-effort event time (epoch ms) of a rejected element, for partitioning only; 0 when unknown. */
    long eventTimeMsOrZero(boolean magnitude) {
        try {
            long t = r.requiredLong(T);
            if (t <= 0) return 0L;
            return magnitude ? WireTimestamps.nanosByMagnitude(t) / 1_000_000L : t;
        } catch (BadElementException | ArithmeticException e) {
            return 0L;
        }
    }

    private static long nanosFromMillis(int id, long ms) throws BadElementException {
        nonNegative(id, ms);
        try {
            return WireTimestamps.millisToNanos(ms);
        } catch (ArithmeticException e) {
            throw FieldReader.problem(id, "a millisecond timestamp in range");
        }
    }

    private static long nonNegative(int id, long v) throws BadElementException {
        if (v < 0) throw FieldReader.problem(id, "a non-negative timestamp");
        return v;
    }
}
