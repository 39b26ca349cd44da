package io.tapeflow.jobs.mapping;

import io.tapeflow.sinks.parquet.EasternTradingDay;
import io.tapeflow.sources.model.Trade;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** The {@code trades} dataset: one row per trade print, Parquet only. */
public final class TradeMapping {
    public static final Schema SCHEMA = new RecordSchema("trades", "One trade print, normalised from any origin.")
            .string("ticker", "Ticker symbol, e.g. AAPL.")
            .longs("sip_ts", "SIP timestamp, UTC epoch nanoseconds (the event time).")
            .optionalLong("participant_ts", "Exchange timestamp, UTC epoch ns; null when the feed lacks it.")
            .optionalLong("trf_ts", "TRF timestamp, UTC epoch ns; null unless reported to a TRF.")
            .ints("exchange", "Polygon exchange id.")
            .string("trade_id", "Trade id, unique per ticker, exchange and day.")
            .doubles("price", "Trade price.")
            .doubles("size", "Size in shares (fractional sizes exist).")
            .intList("conditions", "Polygon trade condition codes; empty = regular sale.")
            .ints("tape", "Tape: 1 = A (NYSE), 2 = B (Arca, regional), 3 = C (Nasdaq).")
            .longs("sequence", "Sequence number, increasing per ticker.")
            .optionalInt("trf_id", "TRF id; null unless reported to a TRF.")
            .ints("correction", "Correction indicator; 0 = none.")
            .string("origin", "Where the record entered tapeflow: ws, flatfile or rest.")
            .build();

    private TradeMapping() {}

    public static GenericRecord toAvro(Trade t) {
        // Positional puts in SCHEMA's column order: this runs once per trade, and by-name puts hash every field.
        GenericData.Record r = new GenericData.Record(SCHEMA);
        int i = 0;
        r.put(i++, t.ticker);
        r.put(i++, t.sipTs);
        r.put(i++, Values.zeroToNull(t.participantTs));
        r.put(i++, Values.zeroToNull(t.trfTs));
        r.put(i++, t.exchange);
        r.put(i++, t.tradeId);
        r.put(i++, t.price);
        r.put(i++, t.size);
        r.put(i++, Values.intList(t.conditions));
        r.put(i++, t.tape);
        r.put(i++, t.sequence);
        r.put(i++, Values.zeroToNull(t.trfId));
        r.put(i++, t.correction);
        r.put(i, t.origin);
        return r;
    }

    /** Partition day: the Eastern day of the SIP timestamp. */
    public static String day(Trade t) {
        return EasternTradingDay.ofEpochNanos(t.sipTs);
    }
}
