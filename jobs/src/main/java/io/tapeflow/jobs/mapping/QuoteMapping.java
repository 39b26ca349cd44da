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
            .build();

    private QuoteMapping() {}

    public static GenericRecord toAvro(Quote q) {
        GenericData.Record r = new GenericData.Record(SCHEMA);
        r.put("ticker", q.ticker);
        r.put("sip_ts", q.sipTs);
        r.put("participant_ts", Values.zeroToNull(q.participantTs));
        r.put("bid_price", q.bidPrice);
        r.put("bid_size", q.bidSize);
        r.put("bid_exchange", q.bidExchange);
        r.put("ask_price", q.askPrice);
        r.put("ask_size", q.askSize);
        r.put("ask_exchange", q.askExchange);
        r.put("conditions", Values.intList(q.conditions));
        r.put("indicators", Values.intList(q.indicators));
        r.put("tape", q.tape);
        r.put("sequence", q.sequence);
        r.put("origin", q.origin);
        return r;
    }

    public static String day(Quote q) {
        return EasternTradingDay.ofEpochNanos(q.sipTs);
    }
}
