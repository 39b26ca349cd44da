package io.tapeflow.jobs.mapping;

import io.tapeflow.sinks.parquet.EasternTradingDay;
import io.tapeflow.sources.model.Quote;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** The {@code quotes} dataset: one row per NBBO quote, Parquet only. */
public final class QuoteMapping {
    public static final Schema SCHEMA = new RecordSchema("quotes", "One NBBO quote, normalised from any origin.")
            .string("ticker", "Ticker symbol.")
            .longs("sip_ts", "SIP timestamp, UTC epoch nanoseconds (the event time).")
            .optionalLong("participant_ts", "Exchange timestamp, UTC epoch ns; null when the feed lacks it.")
            .doubles("bid_price", "Bid price.")
            .doubles("bid_size", "Bid size, as sent: round lots on the WebSocket, shares in REST and flat files.")
            .ints("bid_exchange", "Polygon exchange id of the bid.")
            .doubles("ask_price", "Ask price.")
            .doubles("ask_size", "Ask size, same unit as bid_size.")
            .ints("ask_exchange", "Polygon exchange id of the ask.")
            .intList("conditions", "Quote condition codes.")
            .intList("indicators", "Quote indicator codes.")
            .ints("tape", "Tape: 1 = A, 2 = B, 3 = C.")
            .longs("sequence", "Sequence number, increasing per ticker.")
            .string("origin", "ws, flatfile or rest.")
            .string("size_unit", "What bid_size and ask_size count: round_lots (WebSocket) or shares (REST, flat "
                    + "files); an addition to CONTRACT section 2, since the units differ by origin.")
            .build();

    private QuoteMapping() {}

    public static GenericRecord toAvro(Quote q) {
        // Positional puts in SCHEMA's column order: this runs once per quote, and by-name puts hash every field.
        GenericData.Record r = new GenericData.Record(SCHEMA);
        int i = 0;
        r.put(i++, q.ticker);
        r.put(i++, q.sipTs);
        r.put(i++, Values.zeroToNull(q.participantTs));
        r.put(i++, q.bidPrice);
        r.put(i++, q.bidSize);
        r.put(i++, q.bidExchange);
        r.put(i++, q.askPrice);
        r.put(i++, q.askSize);
        r.put(i++, q.askExchange);
        r.put(i++, Values.intList(q.conditions));
        r.put(i++, Values.intList(q.indicators));
        r.put(i++, q.tape);
        r.put(i++, q.sequence);
        r.put(i++, q.origin);
        r.put(i, q.sizeUnit);
        return r;
    }

    public static String day(Quote q) {
        return EasternTradingDay.ofEpochNanos(q.sipTs);
    }
}
