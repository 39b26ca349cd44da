package io.tapeflow.sinks.mongo;

import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonString;

/** A keyed, versioned record standing in for bars/halts in the generic Mongo sink tests. */
public class Doc {
    public String id;
    public int revision;
    public double value;

    public Doc() {}

    public static Doc of(String id, int revision, double value) {
        Doc d = new Doc();
        d.id = id;
        d.revision = revision;
        d.value = value;
        return d;
    }

    public static BsonDocument toBson(Doc d) {
        return new BsonDocument("_id", new BsonString(d.id))
                .append("revision", new BsonInt32(d.revision))
                .append("value", new BsonDouble(d.value));
    }
}
