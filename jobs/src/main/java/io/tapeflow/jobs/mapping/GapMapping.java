package io.tapeflow.jobs.mapping;

import io.tapeflow.sinks.parquet.EasternTradingDay;
import io.tapeflow.sources.model.Gap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;

/** The {@code gaps} dataset: Parquet changelog and MongoDB latest-wins, {@code _id} = {@code feed:start_ts}. */
public final class GapMapping {
    public static final Schema SCHEMA = new RecordSchema("gaps",
            "One version of a stretch of a feed the job did not see; the highest revision is current.")
            .string("feed", "The feed that lost data, e.g. ws:stocks:0.")
            .longs("start_ts", "Last event time before the gap, UTC epoch nanoseconds.")
            .longs("end_ts", "First event time after the gap, UTC epoch nanoseconds.")
            .stringList("tickers", "Tickers subscribed on the feed during the gap.")
            .string("reason", "Why it opened: reconnect, slow_consumer, restore ... plus detail.")
            .bool("repaired", "True once the window was backfilled from REST.")
            .optionalLong("repaired_at", "Processing time of the repair, UTC epoch ms; null while unrepaired.")
            .string("repair_note", "Why a repair failed or was partial (403, timeout, too many tickers); null.")
            .revision()
            .build();

    private GapMapping() {}

    public static GenericRecord toAvro(Gap g) {
        GenericData.Record r = new GenericData.Record(SCHEMA);
        r.put("feed", g.feed);
        r.put("start_ts", g.startTs);
        r.put("end_ts", g.endTs);
        r.put("tickers", Values.stringList(g.tickers));
        r.put("reason", g.reason);
        r.put("repaired", g.repaired);
        r.put("repaired_at", Values.zeroToNull(g.repairedAt));
        r.put("repair_note", g.repairNote);
        r.put("revision", g.revision);
        return r;
    }

    public static BsonDocument toBson(Gap g) {
        return new BsonDocument("_id", new BsonString(g.id()))
                .append("feed", Values.bson(g.feed))
                .append("start_ts", new BsonInt64(g.startTs))
                .append("end_ts", new BsonInt64(g.endTs))
                .append("tickers", Values.bsonStrings(g.tickers))
                .append("reason", Values.bson(g.reason))
                .append("repaired", BsonBoolean.valueOf(g.repaired))
                .append("repaired_at", Values.bson(Values.zeroToNull(g.repairedAt)))
                .append("repair_note", Values.bson(g.repairNote))
                .append("revision", new BsonInt32(g.revision));
    }

    public static String id(Gap g) {
        return g.id();
    }

    /** Partition day: the day the gap opened (start), so every revision of a gap lands in one partition. */
    public static String day(Gap g) {
        return EasternTradingDay.ofEpochNanos(g.startTs != 0 ? g.startTs : g.endTs);
    }
}
