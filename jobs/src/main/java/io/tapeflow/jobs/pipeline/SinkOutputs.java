package io.tapeflow.jobs.pipeline;

import io.tapeflow.jobs.OperatorUids;
import io.tapeflow.jobs.mapping.DatasetSpec;
import io.tapeflow.sinks.mongo.MongoSinkOptions;
import io.tapeflow.sinks.parquet.ParquetSinkOptions;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * Production outputs: every dataset to Parquet under one base path, and datasets with a collection to MongoDB as
 * upserts by {@code _id}. Either side may be off.
 */
public final class SinkOutputs implements Outputs {
    private final String parquetDir;
    private final ParquetSinkOptions parquetOptions;
    private final String mongoUri;
    private final String mongoDb;
    private final MongoSinkOptions mongoOptions;

    /**
     * @param parquetDir base path ({@code file:}, plain path or {@code s3://}), or null for no Parquet
     * @param mongoUri MongoDB connection string, or null for no MongoDB
     */
    public SinkOutputs(String parquetDir, ParquetSinkOptions parquetOptions, String mongoUri, String mongoDb,
            MongoSinkOptions mongoOptions) {
        this.parquetDir = parquetDir;
        this.parquetOptions = parquetOptions;
        this.mongoUri = mongoUri;
        this.mongoDb = mongoDb;
        this.mongoOptions = mongoOptions;
    }

    @Override
    public <T> void write(DatasetSpec<T> dataset, DataStream<T> stream) {
        if (parquetDir != null) {
            var sink = stream.sinkTo(dataset.parquetSink(parquetDir, parquetOptions))
                    .uid(OperatorUids.parquetSink(dataset.name()))
                    .name(OperatorUids.parquetSinkName(dataset.name()));
            if (dataset.isRawFirehose()) {
                // At its input's parallelism the writer chains to the router, so raw records are never serialized
                // for it: for trades and quotes that shuffle cost about as much CPU as the writing (README,
                // Performance). A Parquet writer needs no key or partitioning, so nothing is lost.
                sink.setParallelism(stream.getParallelism());
            }
        }
        if (mongoUri != null && dataset.hasMongo()) {
            // Keyed by _id so all versions of a key go through one writer in order: the latest revision wins.
            stream.keyBy(dataset.keySelector(), Types.STRING)
                    .sinkTo(dataset.mongoSink(mongoUri, mongoDb, mongoOptions))
                    .uid(OperatorUids.mongoSink(dataset.name()))
                    .name(OperatorUids.mongoSinkName(dataset.name()));
        }
    }
}
