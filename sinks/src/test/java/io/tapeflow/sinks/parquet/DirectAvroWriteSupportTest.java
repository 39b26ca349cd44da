package io.tapeflow.sinks.parquet;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.flink.core.fs.FSDataOutputStream;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The direct writer against parquet-avro's own {@code AvroWriteSupport}: same Parquet schema, same footer, and the
 * same records when an Avro reader reads the files back, for every column kind the dataset schemas use.
 */
class DirectAvroWriteSupportTest {
    private static final Schema SCHEMA = SchemaBuilder.record("every_kind").namespace("io.tapeflow.test").fields()
            .optionalString("ticker")
            .requiredLong("ts")
            .optionalLong("maybe_ts")
            .requiredInt("exchange")
            .optionalInt("maybe_int")
            .requiredDouble("price")
            .optionalDouble("maybe_price")
            .requiredFloat("ratio")
            .requiredBoolean("flag")
            .name("codes").type().array().items().intType().noDefault()
            .name("names").type().array().items().stringType().noDefault()
            .endRecord();

    @TempDir
    java.nio.file.Path dir;

    @Test
    void writesTheSameSchemaFooterAndRecordsAsAvroWriteSupport() throws Exception {
        // Given: rows with nulls, empty and non-empty lists, repeated and non-ASCII strings
        List<GenericRecord> rows = rows(2_000);
        // When
        java.nio.file.Path reference = writeWithAvroWriteSupport(rows);
        java.nio.file.Path direct = writeDirect(rows, new String[0]);
        // Then
        ParquetMetadata expected = footer(reference);
        ParquetMetadata actual = footer(direct);
        assertThat(actual.getFileMetaData().getSchema()).isEqualTo(expected.getFileMetaData().getSchema());
        assertThat(actual.getFileMetaData().getKeyValueMetaData())
                .isEqualTo(expected.getFileMetaData().getKeyValueMetaData())
                .containsEntry("parquet.avro.schema", SCHEMA.toString())
                .containsEntry("writer.model.name", "avro");
        assertThat(read(direct)).isEqualTo(read(reference)).hasSize(rows.size());
    }

    @Test
    void plainColumnsAreWrittenWithoutADictionaryAndTheOthersKeepIt() throws Exception {
        // Given
        List<GenericRecord> rows = rows(500);
        // When
        java.nio.file.Path file = writeDirect(rows, new String[] {"ts"});
        // Then
        Map<String, java.util.Set<Encoding>> encodings = new java.util.HashMap<>();
        for (ColumnChunkMetaData c : footer(file).getBlocks().get(0).getColumns()) {
            encodings.put(c.getPath().toDotString(), c.getEncodings());
        }
        assertThat(encodings.get("ts")).doesNotContain(Encoding.PLAIN_DICTIONARY, Encoding.RLE_DICTIONARY);
        assertThat(encodings.get("exchange")).containsAnyOf(Encoding.PLAIN_DICTIONARY, Encoding.RLE_DICTIONARY);
        assertThat(read(file)).isEqualTo(rows.stream().map(GenericRecord::toString).toList());
    }

    @Test
    void aNullInARequiredColumnFailsNamingTheColumn() throws Exception {
        // Given
        GenericRecord bad = rows(1).get(0);
        bad.put("ts", null);
        // When / Then
        assertThatThrownBy(() -> writeDirect(List.of(bad), new String[0]))
                .hasMessageContaining("required column 'ts'");
    }

    @Test
    void aSchemaWithAnUnsupportedTypeFailsWhenTheWriterIsCreated() {
        // Given
        Schema withMap = SchemaBuilder.record("m").fields().name("tags").type().map().values().stringType()
                .noDefault().endRecord();
        Configuration conf = new Configuration(false);
        conf.setBoolean(AvroWriteSupport.WRITE_OLD_LIST_STRUCTURE, false);
        // When / Then
        assertThatThrownBy(() -> new DirectAvroWriteSupport(withMap, conf))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'tags'").hasMessageContaining("MAP");
    }

    private static List<GenericRecord> rows(int n) {
        Random random = new Random(7);
        String[] tickers = {"AAPL", "MSFT", "BRK.A", "Ünïcødé", null};
        List<GenericRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            GenericData.Record r = new GenericData.Record(SCHEMA);
            r.put("ticker", tickers[(i / 3) % tickers.length]);
            r.put("ts", 1_700_000_000_000_000_000L + random.nextInt(1_000_000));
            r.put("maybe_ts", i % 4 == 0 ? null : (long) i);
            r.put("exchange", i % 12);
            r.put("maybe_int", i % 5 == 0 ? null : i);
            r.put("price", 100 + random.nextInt(1000) / 100.0);
            r.put("maybe_price", i % 6 == 0 ? null : i / 8.0);
            r.put("ratio", i / 3f);
            r.put("flag", i % 2 == 0);
            r.put("codes", i % 3 == 0 ? List.of() : List.of(i % 40, 37));
            r.put("names", i % 2 == 0 ? List.of() : List.of("x", tickers[i % 4]));
            out.add(r);
        }
        return out;
    }

    private java.nio.file.Path writeWithAvroWriteSupport(List<GenericRecord> rows) throws Exception {
        java.nio.file.Path file = dir.resolve("reference.parquet");
        Configuration conf = new Configuration(false);
        conf.setBoolean(AvroWriteSupport.WRITE_OLD_LIST_STRUCTURE, false);
        try (ParquetWriter<GenericRecord> writer = AvroParquetWriter.<GenericRecord>builder(
                new org.apache.hadoop.fs.Path(file.toUri())).withSchema(SCHEMA).withDataModel(GenericData.get())
                .withConf(conf).withCompressionCodec(CompressionCodecName.ZSTD).build()) {
            for (GenericRecord r : rows) {
                writer.write(r);
            }
        }
        return file;
    }

    private java.nio.file.Path writeDirect(List<GenericRecord> rows, String[] plainColumns) throws Exception {
        java.nio.file.Path file = dir.resolve("direct.parquet");
        AvroParquetBulkWriterFactory<GenericRecord> factory = new AvroParquetBulkWriterFactory<>(SCHEMA.toString(),
                r -> r, CompressionCodecName.ZSTD, 64L << 20, plainColumns);
        Path path = Path.fromLocalFile(file.toFile());
        try (FSDataOutputStream out = path.getFileSystem().create(path, FileSystem.WriteMode.OVERWRITE)) {
            BulkWriter<GenericRecord> writer = factory.create(out);
            for (GenericRecord r : rows) {
                writer.addElement(r);
            }
            writer.finish();
        }
        return file;
    }

    private static ParquetMetadata footer(java.nio.file.Path file) throws Exception {
        try (ParquetFileReader reader = ParquetFileReader.open(inputFile(file))) {
            return reader.getFooter();
        }
    }

    /** Records as Avro's JSON text: compares values and nulls without caring about Utf8 versus String. */
    private static List<String> read(java.nio.file.Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(inputFile(file))
                .withDataModel(GenericData.get()).build()) {
            for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
                out.add(r.toString());
            }
        }
        return out;
    }

    private static HadoopInputFile inputFile(java.nio.file.Path file) throws Exception {
        return HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), new Configuration(false));
    }
}
