package io.tapeflow.jobs.mapping;

import org.bson.BsonArray;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

import java.util.ArrayList;
import java.util.List;

/** Null-safe conversions from model fields to Avro and BSON values, shared by every dataset mapping. */
final class Values {
    private Values() {}

    // ---- Avro ----

    /** A read-only view, not a copy: the Parquet writer only iterates it, once per row of a hot dataset. */
    static List<Integer> intList(int[] values) {
        if (values == null || values.length == 0) {
            return List.of();
        }
        return new java.util.AbstractList<Integer>() {
            @Override
            public Integer get(int index) {
                return values[index];
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    static List<String> stringList(String[] values) {
        if (values == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(values.length);
        for (String v : values) {
            // Avro array items are non-null strings; a null element is dropped rather than failing the sink.
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** The model's "0 means absent" convention to a null column. */
    static Long zeroToNull(long value) {
        return value == 0L ? null : value;
    }

    static Integer zeroToNull(int value) {
        return value == 0 ? null : value;
    }

    static Double zeroToNull(double value) {
        return value == 0.0 ? null : value;
    }

    // ---- BSON ----

    static BsonValue bson(String value) {
        return value == null ? BsonNull.VALUE : new BsonString(value);
    }

    static BsonValue bson(Long value) {
        return value == null ? BsonNull.VALUE : new BsonInt64(value);
    }

    static BsonValue bson(Integer value) {
        return value == null ? BsonNull.VALUE : new BsonInt32(value);
    }

    static BsonValue bson(Double value) {
        return value == null ? BsonNull.VALUE : new BsonDouble(value);
    }

    static BsonArray bsonInts(int[] values) {
        BsonArray out = new BsonArray();
        for (Integer v : intList(values)) {
            out.add(new BsonInt32(v));
        }
        return out;
    }

    static BsonArray bsonStrings(String[] values) {
        BsonArray out = new BsonArray();
        for (String v : stringList(values)) {
            out.add(new BsonString(v));
        }
        return out;
    }
}
