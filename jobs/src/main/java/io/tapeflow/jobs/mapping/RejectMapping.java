package io.tapeflow.jobs.mapping;

import io.tapeflow.sinks.parquet.EasternTradingDay;
import io.tapeflow.sources.model.Reject;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;

/** The {@code rejects} dataset: input the job could not use, with its raw text; {@code _id} = origin:hash. */
public final class RejectMapping {
    public static final Schema SCHEMA = new RecordSchema("rejects", "Input the job could not use, kept verbatim.")
            .string("origin", "ws, flatfile, rest or pipeline.")
            .string("location", "Where: file:line, a WebSocket frame number, a URL path (never credentials).")
            .string("reason", "Why it was rejected.")
            .string("raw", "The raw input text.")
            .longs("seen_at", "Processing time it was seen, UTC epoch ms.")
            .build();

    private RejectMapping() {}

    public static GenericRecord toAvro(Reject x) {
        GenericData.Record r = new GenericData.Record(SCHEMA);
        r.put("origin", x.origin);
        r.put("location", x.location);
        r.put("reason", x.reason);
        r.put("raw", x.raw);
        r.put("seen_at", x.seenAt);
        return r;
    }

    public static BsonDocument toBson(Reject x) {
        return new BsonDocument("_id", new BsonString(x.id()))
                .append("origin", Values.bson(x.origin))
                .append("location", Values.bson(x.location))
                .append("reason", Values.bson(x.reason))
                .append("raw", Values.bson(x.raw))
                .append("seen_at", new BsonInt64(x.seenAt));
    }

    public static String id(Reject x) {
        return x.id();
    }

    /** Partition day: the event time when known; otherwise (unparseable input) the day it was seen. */
    public static String day(Reject x) {
        return EasternTradingDay.ofEpochMillis(x.eventTimeMs != 0 ? x.eventTimeMs : x.seenAt);
    }
}
