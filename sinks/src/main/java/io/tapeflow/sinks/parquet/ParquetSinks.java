package io.tapeflow.sinks.parquet;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;
import org.apache.flink.util.function.SerializableFunction;

import static org.apache.flink.util.Preconditions.checkArgument;
import static org.apache.flink.util.Preconditions.checkNotNull;
import static org.apache.flink.util.Preconditions.checkState;

/**
 * Factory of Parquet {@link FileSink}s writing {@code <base>/<dataset>/dt=YYYY-MM-DD/part-*.parquet}.
 *
 * <pre>{@code
 * FileSink<Bar> sink = ParquetSinks.<Bar>forDataset("s3://bucket/tapeflow", "bars", BarAvro.SCHEMA)
 *         .converter(BarAvro::toRecord)
 *         .dayOf(bar -> bar.tradingDay)
 *         .options(ParquetSinkOptions.from(config))
 *         .build();
 * bars.sinkTo(sink).uid("sink-parquet-bars").name("Parquet bars");
 * }</pre>
 *
 * <p>Bulk formats roll on checkpoint only: a part file becomes visible when the checkpoint after it completes (or
 * when a bounded job ends), so the checkpoint interval sets both Parquet latency and file count (README-sinks.md).
 * {@code base} may be a local path or any Flink file system URI, e.g. {@code s3://} with flink-s3-fs-hadoop.
 */
public final class ParquetSinks {
    private ParquetSinks() {}

    /** Starts a sink for one dataset under {@code basePath}. */
    public static <T> Builder<T> forDataset(String basePath, String dataset, Schema avroSchema) {
        return new Builder<>(basePath, dataset, avroSchema);
    }

    /** Builder of one dataset's Parquet sink. */
    public static final class Builder<T> {
        private final String basePath;
        private final String dataset;
        private final Schema schema;
        private SerializableFunction<T, GenericRecord> converter;
        private SerializableFunction<T, String> dayOf;
        private ParquetSinkOptions options = ParquetSinkOptions.defaults();
        private String[] plainColumns = new String[0];

        private Builder(String basePath, String dataset, Schema schema) {
            checkArgument(basePath != null && !basePath.isBlank(), "Parquet base path must be set");
            checkArgument(dataset != null && dataset.matches("[a-z][a-z0-9_]*"),
                    "dataset name must be snake_case, got: %s", dataset);
            this.basePath = basePath;
            this.dataset = dataset;
            this.schema = checkNotNull(schema, "avro schema");
        }

        /** @param converter maps one record to a {@link GenericRecord} of the dataset schema */
        public Builder<T> converter(SerializableFunction<T, GenericRecord> converter) {
            this.converter = checkNotNull(converter);
            return this;
        }

        /** @param dayOf the record's event-time day {@code YYYY-MM-DD} (see {@link EasternTradingDay}) */
        public Builder<T> dayOf(SerializableFunction<T, String> dayOf) {
            this.dayOf = checkNotNull(dayOf);
            return this;
        }

        /**
         * @param columns top-level columns whose values are (nearly) all distinct, e.g. timestamps and ids: written
         *     without dictionary encoding, which for them only costs hashing until parquet-mr falls back
         */
        public Builder<T> plainColumns(String... columns) {
            for (String c : columns) {
                checkArgument(schema.getField(c) != null, "dataset %s has no column %s", dataset, c);
            }
            this.plainColumns = columns.clone();
            return this;
        }

        /** @param options compression, row group size, part prefix; defaults when not called */
        public Builder<T> options(ParquetSinkOptions options) {
            this.options = checkNotNull(options);
            return this;
        }

        /** The directory this dataset is written to, {@code <base>/<dataset>}. */
        public Path datasetPath() {
            return new Path(basePath, dataset);
        }

        public FileSink<T> build() {
            checkState(converter != null, "converter must be set for dataset %s", dataset);
            checkState(dayOf != null, "dayOf must be set for dataset %s", dataset);
            AvroParquetBulkWriterFactory<T> writers = new AvroParquetBulkWriterFactory<>(
                    schema.toString(), converter, options.codecName(), options.rowGroupSizeBytes(), plainColumns);
            return FileSink.forBulkFormat(datasetPath(), writers)
                    .withBucketAssigner(new EventTimeDayBucketAssigner<>(dayOf))
                    .withRollingPolicy(OnCheckpointRollingPolicy.build())
                    .withOutputFileConfig(OutputFileConfig.builder()
                            .withPartPrefix(options.partPrefix())
                            .withPartSuffix(".parquet")
                            .build())
                    .build();
        }
    }
}
