package io.tapeflow.jobs.mapping;

import io.tapeflow.sinks.mongo.MongoSinkOptions;
import io.tapeflow.sinks.mongo.MongoSinks;
import io.tapeflow.sinks.parquet.ParquetSinkOptions;
import io.tapeflow.sinks.parquet.ParquetSinks;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.mongodb.sink.MongoSink;
import org.apache.flink.util.function.SerializableFunction;
import org.bson.BsonDocument;

import static org.apache.flink.util.Preconditions.checkState;

/**
 * Everything the pipeline needs to write one dataset: its name, Avro schema, converters, partition day and, for
 * MongoDB datasets, the document mapper and key.
 *
 * <pre>{@code
 * bars.sinkTo(Datasets.BARS.parquetSink(parquetDir, parquetOptions)).uid(..).name(..);
 * bars.keyBy(Datasets.BARS.keySelector()).sinkTo(Datasets.BARS.mongoSink(uri, "tapeflow", mongoOptions)).uid(..);
 * }</pre>
 */
public final class DatasetSpec<T> {
    private final String name;
    private final Class<T> type;
    private final Schema schema;
    private final SerializableFunction<T, GenericRecord> toAvro;
    private final SerializableFunction<T, String> dayOf;
    private final SerializableFunction<T, BsonDocument> toBson;
    private final SerializableFunction<T, String> idOf;
    private final String[] plainColumns;
    private final boolean rawFirehose;

    DatasetSpec(String name, Class<T> type, Schema schema, SerializableFunction<T, GenericRecord> toAvro,
            SerializableFunction<T, String> dayOf, SerializableFunction<T, BsonDocument> toBson,
            SerializableFunction<T, String> idOf) {
        this(name, type, schema, toAvro, dayOf, toBson, idOf, new String[0], false);
    }

    private DatasetSpec(String name, Class<T> type, Schema schema, SerializableFunction<T, GenericRecord> toAvro,
            SerializableFunction<T, String> dayOf, SerializableFunction<T, BsonDocument> toBson,
            SerializableFunction<T, String> idOf, String[] plainColumns, boolean rawFirehose) {
        this.name = name;
        this.type = type;
        this.schema = schema;
        this.toAvro = toAvro;
        this.dayOf = dayOf;
        this.toBson = toBson;
        this.idOf = idOf;
        this.plainColumns = plainColumns;
        this.rawFirehose = rawFirehose;
    }

    /** A copy whose Parquet files store these (nearly unique) columns without dictionary encoding. */
    DatasetSpec<T> withPlainColumns(String... columns) {
        return new DatasetSpec<>(name, type, schema, toAvro, dayOf, toBson, idOf, columns.clone(), rawFirehose);
    }

    /** A copy marked as a raw firehose dataset, whose Parquet writer runs chained to the source's router. */
    DatasetSpec<T> asRawFirehose() {
        return new DatasetSpec<>(name, type, schema, toAvro, dayOf, toBson, idOf, plainColumns, true);
    }

    /** True for the raw market data (trades, quotes, LULD): written where it is decoded, never shuffled. */
    public boolean isRawFirehose() {
        return rawFirehose;
    }

    /** The dataset name: Parquet directory and MongoDB collection. */
    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    public Schema schema() {
        return schema;
    }

    /** True when the dataset has a MongoDB collection (CONTRACT section 2). */
    public boolean hasMongo() {
        return toBson != null;
    }

    public GenericRecord toAvro(T record) {
        return toAvro.apply(record);
    }

    /** The {@code dt} partition value, {@code YYYY-MM-DD}. */
    public String dayOf(T record) {
        return dayOf.apply(record);
    }

    public BsonDocument toBson(T record) {
        checkState(hasMongo(), "dataset %s is not written to MongoDB", name);
        return toBson.apply(record);
    }

    /** The MongoDB {@code _id}. */
    public String id(T record) {
        checkState(idOf != null, "dataset %s has no key", name);
        return idOf.apply(record);
    }

    /** Keys a stream by {@code _id}, so every version of a key reaches one Mongo sink subtask in order. */
    public KeySelector<T, String> keySelector() {
        checkState(idOf != null, "dataset %s has no key", name);
        return new IdKeySelector<>(idOf);
    }

    /** A named class, not a lambda, so Flink can see the key type is String. */
    private static final class IdKeySelector<T> implements KeySelector<T, String>, ResultTypeQueryable<String> {
        private static final long serialVersionUID = 1L;
        private final SerializableFunction<T, String> idOf;

        IdKeySelector(SerializableFunction<T, String> idOf) {
            this.idOf = idOf;
        }

        @Override
        public String getKey(T value) {
            return idOf.apply(value);
        }

        @Override
        public TypeInformation<String> getProducedType() {
            return Types.STRING;
        }
    }

    /** A Parquet sink writing {@code <basePath>/<name>/dt=YYYY-MM-DD/part-*.parquet}. */
    public FileSink<T> parquetSink(String basePath, ParquetSinkOptions options) {
        return ParquetSinks.<T>forDataset(basePath, name, schema)
                .converter(toAvro)
                .dayOf(dayOf)
                .plainColumns(plainColumns)
                .options(options)
                .build();
    }

    /** A MongoDB sink upserting into collection {@link #name()} of {@code database}. */
    public MongoSink<T> mongoSink(String uri, String database, MongoSinkOptions options) {
        checkState(hasMongo(), "dataset %s is not written to MongoDB", name);
        return MongoSinks.upsert(uri, database, name, toBson, options);
    }

    @Override
    public String toString() {
        return "Dataset{" + name + (hasMongo() ? ", mongo" : "") + "}";
    }
}
