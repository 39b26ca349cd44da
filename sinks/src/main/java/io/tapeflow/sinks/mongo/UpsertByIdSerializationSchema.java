package io.tapeflow.sinks.mongo;

import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.apache.flink.connector.mongodb.sink.writer.context.MongoSinkContext;
import org.apache.flink.connector.mongodb.sink.writer.serializer.MongoSerializationSchema;
import org.apache.flink.util.function.SerializableFunction;
import org.bson.BsonDocument;
import org.bson.BsonValue;

import static org.apache.flink.util.Preconditions.checkNotNull;

/**
 * Turns each record into "replace the document with this {@code _id}, insert it if absent".
 *
 * <p>A replace (not an update of some fields) makes the stored document exactly the last version written, so the
 * latest revision wins and writing the same record again changes nothing.
 */
public final class UpsertByIdSerializationSchema<T> implements MongoSerializationSchema<T> {
    private static final long serialVersionUID = 1L;

    private final String collection;
    private final SerializableFunction<T, BsonDocument> toDocument;

    public UpsertByIdSerializationSchema(String collection, SerializableFunction<T, BsonDocument> toDocument) {
        this.collection = collection;
        this.toDocument = checkNotNull(toDocument);
    }

    @Override
    public WriteModel<BsonDocument> serialize(T element, MongoSinkContext context) {
        return toWriteModel(element);
    }

    /** The write model for one record; public for tests that drive it without a sink. */
    public ReplaceOneModel<BsonDocument> toWriteModel(T element) {
        BsonDocument doc = toDocument.apply(element);
        BsonValue id = doc == null ? null : doc.get("_id");
        if (id == null || id.isNull()) {
            // A mapper bug, not bad input: without a deterministic _id a replay would duplicate documents.
            throw new IllegalArgumentException("document for MongoDB collection " + collection + " has no _id");
        }
        return new ReplaceOneModel<>(new BsonDocument("_id", id), doc, new ReplaceOptions().upsert(true));
    }
}
