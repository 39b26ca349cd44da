package io.tapeflow.jobs.mapping;

import io.tapeflow.sources.model.TickerDetails;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.bson.BsonDocument;
import org.bson.BsonString;

/** The {@code tickers} dataset (reference data per ticker and day); MongoDB {@code _id} = ticker, latest wins. */
public final class TickerMapping {
    public static final Schema SCHEMA = new RecordSchema("tickers", "Reference data of one ticker as of a day.")
            .string("ticker", "Ticker symbol.")
            .string("name", "Company or fund name.")
            .string("primary_exchange", "ISO MIC of the primary listing, e.g. XNAS.")
            .optionalDouble("market_cap", "Market capitalisation in USD; null when not reported.")
            .optionalDouble("share_class_shares_outstanding", "Shares outstanding of this class; null if unknown.")
            .optionalDouble("weighted_shares_outstanding", "Weighted shares outstanding; null if unknown.")
            .string("type", "Security type, e.g. CS.")
            .string("as_of", "The day this view is for, YYYY-MM-DD.")
            .build();

    private TickerMapping() {}

    public static GenericRecord toAvro(TickerDetails t) {
        GenericData.Record r = new GenericData.Record(SCHEMA);
        r.put("ticker", t.ticker);
        r.put("name", t.name);
        r.put("primary_exchange", t.primaryExchange);
        r.put("market_cap", Values.zeroToNull(t.marketCap));
        r.put("share_class_shares_outstanding", Values.zeroToNull(t.shareClassSharesOutstanding));
        r.put("weighted_shares_outstanding", Values.zeroToNull(t.weightedSharesOutstanding));
        r.put("type", t.type);
        r.put("as_of", t.asOf);
        return r;
    }

    public static BsonDocument toBson(TickerDetails t) {
        return new BsonDocument("_id", new BsonString(t.ticker))
                .append("ticker", Values.bson(t.ticker))
                .append("name", Values.bson(t.name))
                .append("primary_exchange", Values.bson(t.primaryExchange))
                .append("market_cap", Values.bson(Values.zeroToNull(t.marketCap)))
                .append("share_class_shares_outstanding", Values.bson(Values.zeroToNull(t.shareClassSharesOutstanding)))
                .append("weighted_shares_outstanding", Values.bson(Values.zeroToNull(t.weightedSharesOutstanding)))
                .append("type", Values.bson(t.type))
                .append("as_of", Values.bson(t.asOf));
    }

    public static String id(TickerDetails t) {
        return t.ticker;
    }

    /** Partition day: {@code as_of}, which is already an Eastern trading day. */
    public static String day(TickerDetails t) {
        return t.asOf;
    }
}
