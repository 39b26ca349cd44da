package io.tapeflow.sinks.parquet;

import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.flink.core.fs.FSDataOutputStream;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Parquet writer alone: every codec readable by DuckDB, ZSTD effective, arrays as standard lists. */
class AvroParquetBulkWriterFactoryTest {

    @TempDir
    java.nio.file.Path dir;

    private java.nio.file.Path write(ParquetSinkOptions.Compression codec, int rows) throws Exception {
        java.nio.file.Path file = dir.resolve(codec + ".parquet");
        AvroParquetBulkWriterFactory<Tick> factory = new AvroParquetBulkWriterFactory<>(Tick.SCHEMA.toString(),
                Tick::toAvro, CompressionCodecName.valueOf(codec.name()), 64L << 20, new String[0]);
        Path path = Path.fromLocalFile(file.toFile());
        try (FSDataOutputStream out = path.getFileSystem().create(path, FileSystem.WriteMode.OVERWRITE)) {
            BulkWriter<Tick> writer = factory.create(out);
            for (int i = 0; i < rows; i++) {
                writer.addElement(Tick.of("AAPL", 1_700_000_000_000L + i, 190.0 + (i % 7), i % 2 == 0 ? null : "n",
                        12, 37));
            }
            writer.finish();
        }
        return file;
    }

    @ParameterizedTest
    @EnumSource(ParquetSinkOptions.Compression.class)
    void everyCodecWritesAFileDuckDbReadsAndReportsWithThatCodec(ParquetSinkOptions.Compression codec)
            throws Exception {
        // Given / When
        java.nio.file.Path file = write(codec, 500);
        // Then
        List<Map<String, Object>> meta = DuckDb.query(
                "SELECT DISTINCT compression FROM parquet_metadata('" + file + "') WHERE path_in_schema = 'price'");
        assertThat(meta).extracting(m -> m.get("compression")).containsExactly(codec.name());
        assertThat(DuckDb.query("SELECT count(*) AS n, count(note) AS notes FROM read_parquet('" + file + "')"))
                .containsExactly(Map.of("n", 500L, "notes", 250L));
    }

    @Test
    void zstdIsSmallerThanUncompressedOnRepetitiveTickData() throws Exception {
        // Given / When
        long plain = Files.size(write(ParquetSinkOptions.Compression.UNCOMPRESSED, 20_000));
        long zstd = Files.size(write(ParquetSinkOptions.Compression.ZSTD, 20_000));
        // Then
        assertThat(zstd).isLessThan(plain);
    }

    @Test
    void arraysAreWrittenAsStandardParquetListsThatDuckDbSeesAsListColumns() throws Exception {
        // Given
        java.nio.file.Path file = write(ParquetSinkOptions.Compression.ZSTD, 3);
        // When
        Map<String, String> types = DuckDb.columnTypes("read_parquet('" + file + "')");
        // Then: INTEGER[] (3-level LIST), not a STRUCT wrapping an "array" field (Avro's legacy 2-level layout)
        assertThat(types).containsEntry("codes", "INTEGER[]").containsEntry("ticker", "VARCHAR")
                .containsEntry("ts_ms", "BIGINT");
        assertThat(DuckDb.query("SELECT codes FROM read_parquet('" + file + "') LIMIT 1"))
                .containsExactly(Map.of("codes", List.of(12, 37)));
    }
}
