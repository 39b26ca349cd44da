package io.tapeflow.sinks.parquet;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.flink.core.fs.FSDataOutputStream;
import org.apache.flink.util.function.SerializableFunction;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

import java.io.IOException;

/**
 * A bulk writer factory turning records of type {@code T} into Avro {@link GenericRecord}s inside the writer and
 * writing them as compressed Parquet.
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

    AvroParquetBulkWriterFactory(
            String schemaJson,
            SerializableFunction<T, GenericRecord> toRecord,
            CompressionCodecName codec,
            long rowGroupSizeBytes) {
        this.schemaJson = schemaJson;
        this.toRecord = toRecord;
        this.codec = codec;
        this.rowGroupSizeBytes = rowGroupSizeBytes;
    }

    @Override
    public BulkWriter<T> create(FSDataOutputStream out) throws IOException {
        Schema schema = new Schema.Parser().parse(schemaJson);
        // false = do not look for core-site.xml etc.: nothing on the classpath should change how we write.
        Configuration conf = new Configuration(false);
        // Standard 3-level LIST layout: what DuckDB, Spark and Trino expect for array columns.
        conf.setBoolean(AvroWriteSupport.WRITE_OLD_LIST_STRUCTURE, false);
        ParquetWriter<GenericRecord> writer = AvroParquetWriter.<GenericRecord>builder(new FlinkOutputFile(out))
                .withSchema(schema)
                .withDataModel(GenericData.get())
                .withConf(conf)
                .withCompressionCodec(codec)
                .withRowGroupSize(rowGroupSizeBytes)
                .build();
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
}
