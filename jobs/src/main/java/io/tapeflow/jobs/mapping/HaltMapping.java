package io.tapeflow.jobs.mapping;

import io.tapeflow.jobs.model.Halt;
import io.tapeflow.sinks.parquet.EasternTradingDay;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;

/** The {@code halts} dataset: Parquet changelog and MongoDB latest-wins, {@code _id} = {@code halt_id}. */
public final class HaltMapping {
    public static final Schema SCHEMA = new RecordSchema("halts",
            "One version of a trading halt or LULD pause (HALTS.md section 3); the highest revision is current.")
            .string("halt_id", "Key: ticker:start_ts, fixed when the halt starts.")
            .string("ticker", "Ticker symbol.")
            .string("trading_day", "America/New_York trading day, YYYY-MM-DD.")
            .string("type", "LULD_PAUSE, NEWS, MWCB, REGULATORY or OTHER.")
            .string("direction", "UP, DOWN or NONE.")
            .string("status", "HALTED, RESUMED or RETRACTED.")
            .string("evidence", "OBSERVED (announced by the feed) or INFERRED (from trading behaviour).")
            .longs("start_ts", "Halt start, UTC epoch nanoseconds.")
            .optionalLong("end_ts", "Resumption, UTC epoch ns; null while halted.")
            .optionalLong("duration_ms", "end_ts - start_ts in milliseconds; null while halted.")
            .optionalDouble("last_price", "Last trade price before the halt.")
            .optionalDouble("reopen_price", "Reopening price.")
            .optionalDouble("band_upper", "Upper LULD band in effect at the halt.")
            .optionalDouble("band_lower", "Lower LULD band in effect at the halt.")
            .ints("halt_index_today", "1 for the ticker's first halt of the day, 2 for the second ...")
            .bool("strength_confirmed", "Price held above the reopen after an up halt.")
            .bool("weakness_confirmed", "Price held below the reopen after a down halt.")
            .stringList("news_ids", "Ids of news items linked to this halt.")
            .longs("updated_at", "Processing time of this version, UTC epoch ms (not deterministic).")
            .revision()
            .build();

    private HaltMapping() {}

    public static GenericRecord toAvro(Halt h) {
        GenericData.Record r = new GenericData.Record(SCHEMA);
        r.put("halt_id", h.haltId);
        r.put("ticker", h.ticker);
        r.put("trading_day", h.tradingDay);
        r.put("type", h.type);
        r.put("direction", h.direction);
        r.put("status", h.status);
        r.put("evidence", h.evidence);
        r.put("start_ts", h.startTs);
        r.put("end_ts", h.endTs);
        r.put("duration_ms", h.durationMs);
        r.put("last_price", h.lastPrice);
        r.put("reopen_price", h.reopenPrice);
        r.put("band_upper", h.bandUpper);
        r.put("band_lower", h.bandLower);
        r.put("halt_index_today", h.haltIndexToday);
        r.put("strength_confirmed", h.strengthConfirmed);
        r.put("weakness_confirmed", h.weaknessConfirmed);
        r.put("news_ids", Values.stringList(h.newsIds));
        r.put("updated_at", h.updatedAt);
        r.put("revision", h.revision);
        return r;
    }

    public static BsonDocument toBson(Halt h) {
        return new BsonDocument("_id", new BsonString(id(h)))
                .append("halt_id", Values.bson(h.haltId))
                .append("ticker", Values.bson(h.ticker))
                .append("trading_day", Values.bson(h.tradingDay))
                .append("type", Values.bson(h.type))
                .append("direction", Values.bson(h.direction))
                .append("status", Values.bson(h.status))
                .append("evidence", Values.bson(h.evidence))
                .append("start_ts", new BsonInt64(h.startTs))
                .append("end_ts", Values.bson(h.endTs))
                .append("duration_ms", Values.bson(h.durationMs))
                .append("last_price", Values.bson(h.lastPrice))
                .append("reopen_price", Values.bson(h.reopenPrice))
                .append("band_upper", Values.bson(h.bandUpper))
                .append("band_lower", Values.bson(h.bandLower))
                .append("halt_index_today", new BsonInt32(h.haltIndexToday))
                .append("strength_confirmed", BsonBoolean.valueOf(h.strengthConfirmed))
                .append("weakness_confirmed", BsonBoolean.valueOf(h.weaknessConfirmed))
                .append("news_ids", Values.bsonStrings(h.newsIds))
                .append("updated_at", new BsonInt64(h.updatedAt))
                .append("revision", new BsonInt32(h.revision));
    }

    /** {@code halt_id}, or {@code ticker:start_ts} when a producer left it unset. */
    public static String id(Halt h) {
        return h.haltId != null ? h.haltId : h.ticker + ":" + h.startTs;
    }

    public static String day(Halt h) {
        return h.tradingDay != null ? h.tradingDay : EasternTradingDay.ofEpochNanos(h.startTs);
    }
}
