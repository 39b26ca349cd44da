package io.tapeflow.sinks.mongo;

import org.apache.flink.connector.mongodb.sink.MongoSink;
import org.apache.flink.util.function.SerializableFunction;
import org.bson.BsonDocument;

import static org.apache.flink.util.Preconditions.checkArgument;

/**
 * Factory of MongoDB sinks that upsert each record by its deterministic {@code _id}.
 *
 * <pre>{@code
 * MongoSink<Bar> sink = MongoSinks.upsert(uri, "tapeflow", "bars", BarBson::toDocument, MongoSinkOptions.from(conf));
 * bars.keyBy(b -> b.id()).sinkTo(sink).uid("sink-mongo-bars").name("MongoDB bars");
 * }</pre>
 *
 * <p><b>Guarantee.</b> The official connector is at-least-once: it flushes its buffer on every checkpoint, and after
 * a failure Flink replays from the last checkpoint, so some upserts are written twice. Because every document has a
 * deterministic {@code _id} and is written as a whole-document replace, writing it twice leaves the same document:
 * the result is effectively exactly-once. <b>Ordering.</b> "Latest wins" is "last written wins", so all versions of
 * one {@code _id} must reach the same sink subtask in order: key the stream by the id (or chain the sink after the
 * keyed operator that produces the versions).
 *
 * <p><b>Outages.</b> A failed bulk write is retried {@link MongoSinkOptions#MAX_RETRIES} times; then the task fails
 * and the job's restart strategy takes over (see README-sinks.md).
 */
public final class MongoSinks {
    private MongoSinks() {}

    /**
     * @param uri connection string (kept out of names and logs; use {@link UriRedactor} for anything shown)
     * @param toDocument maps a record to the full document, which must contain {@code _id}
     */
    public static <T> MongoSink<T> upsert(String uri, String database, String collection,
            SerializableFunction<T, BsonDocument> toDocument, MongoSinkOptions options) {
        checkArgument(uri != null && uri.startsWith("mongodb"), "MongoDB URI must start with mongodb:// or mongodb+srv://");
        checkArgument(database != null && !database.isBlank(), "MongoDB database must be set");
        checkArgument(collection != null && !collection.isBlank(), "MongoDB collection must be set");
        return MongoSink.<T>builder()
                .setUri(uri)
                .setDatabase(database)
                .setCollection(collection)
                .setBatchSize(options.batchSize())
                .setBatchIntervalMs(options.batchIntervalMs())
                .setMaxRetries(options.maxRetries())
                .setDeliveryGuarantee(options.deliveryGuarantee())
                .setSerializationSchema(new UpsertByIdSerializationSchema<>(collection, toDocument))
                .build();
    }
}
