package io.tapeflow.sinks.parquet;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.IndexedRecord;
import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.flink.core.fs.FSDataOutputStream;
import org.apache.flink.util.function.SerializableFunction;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

import java.io.IOException;

/**
 * A bulk writer factory turning records of type {@code T} into Avro {@link GenericRecord}s inside the writer and
 * writing them as compressed Parquet through {@link DirectAvroWriteSupport}.
 *
 * <p>Converting inside the writer (not in a map before the sink) keeps the stream typed as the model POJO, so no
 * {@code GenericRecord} ever crosses the network or needs Avro type information.
 */
final class AvroParquetBulkWriterFactory<T> implements BulkWriter.Factory<T> {
    private static final long serialVersionUID = 1L;

    // Avro schemas are not reliably Serializable across versions; ship the JSON and parse on the task manager.
    private final String schemaJson;
    private final SerializableFunction<T, GenericRecord> toRecord;
    private final CompressionCodecName codec;
    private final long rowGroupSizeBytes;
    private final String[] plainColumns;

    /** @param plainColumns columns written without dictionary encoding (unique values: timestamps, ids) */
    AvroParquetBulkWriterFactory(
            String schemaJson,
            SerializableFunction<T, GenericRecord> toRecord,
            CompressionCodecName codec,
            long rowGroupSizeBytes,
            String[] plainColumns) {
        this.schemaJson = schemaJson;
        this.toRecord = toRecord;
        this.codec = codec;
        this.rowGroupSizeBytes = rowGroupSizeBytes;
        this.plainColumns = plainColumns.clone();
    }

    @Override
    public BulkWriter<T> create(FSDataOutputStream out) throws IOException {
        Schema schema = new Schema.Parser().parse(schemaJson);
        // false = do not look for core-site.xml etc.: nothing on the classpath should change how we write.
        Configuration conf = new Configuration(false);
        // Standard 3-level LIST layout: what DuckDB, Spark and Trino expect for array columns.
        conf.setBoolean(AvroWriteSupport.WRITE_OLD_LIST_STRUCTURE, false);
        DirectBuilder builder = new DirectBuilder(new FlinkOutputFile(out), new DirectAvroWriteSupport(schema, conf))
                .withConf(conf)
                .withCompressionCodec(codec)
                .withRowGroupSize(rowGroupSizeBytes);
        for (String column : plainColumns) {
            // A dictionary of unique values only costs hashing until parquet-mr gives up on it (per page).
            builder.withDictionaryEncoding(column, false);
        }
        ParquetWriter<IndexedRecord> writer = builder.build();
        return new BulkWriter<T>() {
            @Override
            public void addElement(T element) throws IOException {
                writer.write(toRecord.apply(element));
            }

            @Override
            public void flush() {
                // Parquet buffers a whole row group; it can only be written out by finish().
            }

            @Override
            public void finish() throws IOException {
                writer.close();
            }
        };
    }

    /** A Parquet writer builder for a ready-made write support (the builder API wants a subclass). */
    private static final class DirectBuilder extends ParquetWriter.Builder<IndexedRecord, DirectBuilder> {
        private final WriteSupport<IndexedRecord> writeSupport;

        DirectBuilder(org.apache.parquet.io.OutputFile file, WriteSupport<IndexedRecord> writeSupport) {
            super(file);
            this.writeSupport = writeSupport;
        }

        @Override
        protected DirectBuilder self() {
            return this;
        }

        @Override
        protected WriteSupport<IndexedRecord> getWriteSupport(Configuration conf) {
            return writeSupport;
        }
    }
}
