package io.tapeflow.sinks.parquet;

import io.tapeflow.testkit.CancelLeftoverJobsExtension;
import io.tapeflow.sinks.testutils.SinkTestEnvironments;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Parquet FileSink in a MiniCluster, read back by DuckDB: partitions, nulls, lists, codec, reruns. */
class ParquetSinkITCase {

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = SinkTestEnvironments.miniCluster();

    @RegisterExtension
    static final CancelLeftoverJobsExtension LEFTOVER_JOBS = new CancelLeftoverJobsExtension(MINI_CLUSTER);

    @TempDir
    Path base;

    private static long ms(String utc) {
        return Instant.parse(utc).toEpochMilli();
    }

    /** Ticks around Eastern midnights: the UTC day differs from the Eastern day for three of them. */
    private static List<Tick> ticks() {
        return List.of(
                Tick.of("AAPL", ms("2024-03-08T14:30:00Z"), 170.0, null, 12, 37),  // Fri 09:30 EST
                Tick.of("AAPL", ms("2024-03-09T01:00:00Z"), 171.0, "late", 12),    // Fri 20:00 EST, UTC Sat
                Tick.of("MSFT", ms("2024-03-09T04:59:59Z"), 405.0, null),          // Fri 23:59:59 EST
                Tick.of("MSFT", ms("2024-03-10T05:30:00Z"), 406.0, "x", 41),       // Sun 00:30 EST (DST starts 07:00 UTC)
                Tick.of("TSLA", ms("2024-03-11T04:30:00Z"), 180.0, null, 14));     // Mon 00:30 EDT
    }

    private void runJob(List<Tick> input, ParquetSinkOptions options) throws Exception {
        StreamExecutionEnvironment env = SinkTestEnvironments.strictEnv();
        env.fromData(input).uid("source-ticks").name("ticks")
                .sinkTo(ParquetSinks.<Tick>forDataset(base.toUri().toString(), "ticks", Tick.SCHEMA)
                        .converter(Tick::toAvro)
                        .dayOf(Tick::day)
                        .options(options)
                        .build())
                .uid("sink-parquet-ticks").name("Parquet ticks");
        env.execute("parquet-sink-itcase");
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.walk(base)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void rowsLandInTheirEasternDayPartitionAndDuckDbReadsThemWithAPlainGlob() throws Exception {
        // Given / When
        runJob(ticks(), ParquetSinkOptions.defaults());

        // Then every file is a committed part file under <base>/ticks/dt=YYYY-MM-DD/
        assertThat(files()).isNotEmpty().allSatisfy(f -> assertThat(base.relativize(f).toString())
                .matches("ticks/dt=\\d{4}-\\d{2}-\\d{2}/part-[0-9a-f-]+-\\d+\\.parquet"));
        // and DuckDB's hive partition column dt is the Eastern day, not the UTC day
        List<Map<String, Object>> perDay = DuckDb.query("SELECT CAST(dt AS VARCHAR) AS day, count(*) AS n"
                + " FROM read_parquet('" + base + "/ticks/**/*') GROUP BY day ORDER BY day");
        assertThat(perDay).containsExactly(
                Map.of("day", "2024-03-08", "n", 3L),
                Map.of("day", "2024-03-10", "n", 1L),
                Map.of("day", "2024-03-11", "n", 1L));
    }

    @Test
    void nullsAndListsRoundTripThroughParquet() throws Exception {
        // Given / When
        runJob(ticks(), ParquetSinkOptions.defaults());
        // Then
        List<Map<String, Object>> rows = DuckDb.query("SELECT ticker, note, codes, len(codes) AS k"
                + " FROM read_parquet('" + base + "/ticks/**/*') ORDER BY ts_ms");
        assertThat(rows).extracting(r -> r.get("note")).containsExactly(null, "late", null, "x", null);
        assertThat(rows.get(0).get("codes")).isEqualTo(List.of(12, 37));
        assertThat(rows.get(2).get("k")).isEqualTo(0L);
    }

    @Test
    void aParquetSuffixGlobSkipsTheHiddenInProgressFilesOfARunningJob() throws Exception {
        // Given committed output plus the kind of hidden in-progress file a running FileSink keeps open
        runJob(ticks(), ParquetSinkOptions.defaults());
        Path day = base.resolve("ticks/dt=2024-03-08");
        Files.writeString(day.resolve(".part-0-0.parquet.inprogress.1234"), "not parquet yet");
        // When a user reads a live local directory with the suffix glob (DuckDB's '**/*' matches dot files too)
        List<Map<String, Object>> rows =
                DuckDb.query("SELECT count(*) AS n FROM read_parquet('" + base + "/ticks/**/*.parquet')");
        // Then the half-written file is not picked up
        assertThat(rows).containsExactly(Map.of("n", 5L));
    }

    @Test
    void partFilesAreZstdCompressedByDefault() throws Exception {
        // Given / When
        runJob(ticks(), ParquetSinkOptions.defaults());
        // Then
        assertThat(DuckDb.query("SELECT DISTINCT compression FROM parquet_metadata('" + base + "/ticks/**/*.parquet')"))
                .extracting(r -> r.get("compression")).containsExactly("ZSTD");
    }

    @Test
    void aRerunOfTheSameInputWritesTheSameRowsIntoTheSamePartitions() throws Exception {
        // Given a first run
        runJob(ticks(), ParquetSinkOptions.defaults());
        String sql = "SELECT CAST(dt AS VARCHAR) AS day, ticker, ts_ms FROM read_parquet('" + base
                + "/ticks/**/*') ORDER BY ts_ms";
        List<Map<String, Object>> first = DuckDb.query(sql);
        // When the same input is written again (a replay appends: Parquet is a log)
        runJob(ticks(), ParquetSinkOptions.defaults());
        // Then each row appears twice, each time in the same day partition
        List<Map<String, Object>> both = DuckDb.query(sql);
        assertThat(both).hasSize(2 * first.size());
        assertThat(both.stream().distinct().toList()).isEqualTo(first);
    }
}
