package io.tapeflow.jobs.mapping;

import io.tapeflow.sinks.parquet.EasternTradingDay;
import io.tapeflow.sources.model.News;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;

/** The {@code news} dataset; MongoDB {@code _id} = the vendor id. */
public final class NewsMapping {
    public static final Schema SCHEMA = new RecordSchema("news", "One news item from Polygon or Benzinga.")
            .string("id", "Vendor id, prefixed by source so vendors never collide.")
            .string("source", "polygon or benzinga.")
            .longs("published_utc", "Publication time, UTC epoch milliseconds.")
            .string("title", "Headline.")
            .string("teaser", "Short summary; null when the vendor has none.")
            .string("url", "Article URL.")
            .stringList("tickers", "Tickers the item is about.")
            .stringList("channels", "Vendor channels / categories.")
            .build();

    private NewsMapping() {}

    public static GenericRecord toAvro(News n) {
        GenericData.Record r = new GenericData.Record(SCHEMA);
        r.put("id", n.id);
        r.put("source", n.source);
        r.put("published_utc", n.publishedUtc);
        r.put("title", n.title);
        r.put("teaser", n.teaser);
        r.put("url", n.url);
        r.put("tickers", Values.stringList(n.tickers));
        r.put("channels", Values.stringList(n.channels));
        return r;
    }

    public static BsonDocument toBson(News n) {
        return new BsonDocument("_id", new BsonString(n.id))
                .append("id", Values.bson(n.id))
                .append("source", Values.bson(n.source))
                .append("published_utc", new BsonInt64(n.publishedUtc))
                .append("title", Values.bson(n.title))
                .append("teaser", Values.bson(n.teaser))
                .append("url", Values.bson(n.url))
                .append("tickers", Values.bsonStrings(n.tickers))
                .append("channels", Values.bsonStrings(n.channels));
    }

    public static String id(News n) {
        return n.id;
    }

    public static String day(News n) {
        return EasternTradingDay.ofEpochMillis(n.publishedUtc);
    }
}
