package io.tapeflow.jobs.mapping;

import io.tapeflow.sinks.parquet.DuckDb;
import io.tapeflow.sinks.parquet.ParquetSinkOptions;
import org.apache.avro.Schema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every dataset written through its {@link DatasetSpec} Parquet sink in one job, read back by DuckDB. */
class DatasetsParquetITCase {

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = MappingTestEnvironments.miniCluster();

    @TempDir
    static Path base;

    private static final Map<DatasetSpec<?>, List<?>> INPUT = Map.of(
            Datasets.TRADES, List.of(SampleRecords.fullTrade(), SampleRecords.sparseTrade()),
            Datasets.QUOTES, List.of(SampleRecords.fullQuote()),
            Datasets.LULD, List.of(SampleRecords.fullLuld()),
            Datasets.BARS, List.of(SampleRecords.fullBar(0), SampleRecords.fullBar(1), SampleRecords.sparseBar()),
            Datasets.HALTS, List.of(SampleRecords.fullHalt(0), SampleRecords.fullHalt(1)),
            Datasets.NEWS, List.of(SampleRecords.fullNews(), SampleRecords.sparseNews()),
            Datasets.TICKERS, List.of(SampleRecords.fullTicker(), SampleRecords.sparseTicker()),
            Datasets.GAPS, List.of(SampleRecords.fullGap(0), SampleRecords.fullGap(1)),
            Datasets.REJECTS, List.of(SampleRecords.fullReject(), SampleRecords.sparseReject()));

    @SuppressWarnings("unchecked")
    private static <T> void addDataset(StreamExecutionEnvironment env, DatasetSpec<T> spec) {
        env.fromData((List<T>) INPUT.get(spec), TypeInformation.of(spec.type()))
                .uid("source-" + spec.name()).name(spec.name())
                .sinkTo(spec.parquetSink(base.toString(), ParquetSinkOptions.defaults()))
                .uid("sink-parquet-" + spec.name()).name("Parquet " + spec.name());
    }

    @BeforeAll
    static void writeEveryDataset() throws Exception {
        StreamExecutionEnvironment env = MappingTestEnvironments.strictEnv();
        for (DatasetSpec<?> spec : Datasets.all()) {
            addDataset(env, spec);
        }
        env.execute("datasets-parquet-itcase");
    }

    private static String from(DatasetSpec<?> spec) {
        return "read_parquet('" + base + "/" + spec.name() + "/**/*')";
    }

    @Test
    void everyDatasetIsReadableWithAPlainGlobWithItsColumnsPlusTheDtPartition() throws Exception {
        for (DatasetSpec<?> spec : Datasets.all()) {
            List<String> expected = new ArrayList<>(spec.schema().getFields().stream().map(Schema.Field::name).toList());
            expected.add("dt");
            assertThat(DuckDb.columnTypes(from(spec)).keySet()).as(spec.name()).containsExactlyElementsOf(expected);
            assertThat(DuckDb.query("SELECT count(*) AS n FROM " + from(spec))).as(spec.name())
                    .containsExactly(Map.of("n", (long) INPUT.get(spec).size()));
        }
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void everyRowSitsInThePartitionOfItsEventDay() throws Exception {
        for (DatasetSpec spec : Datasets.all()) {
            List<String> expectedDays = ((List<Object>) INPUT.get(spec)).stream().map(r -> spec.dayOf(r))
                    .sorted().toList();
            List<Object> days = DuckDb.query("SELECT CAST(dt AS VARCHAR) AS d FROM " + from(spec) + " ORDER BY d")
                    .stream().map(r -> r.get("d")).toList();
            assertThat(days).as(spec.name()).containsExactlyElementsOf(expectedDays);
        }
    }

    @Test
    void listColumnsAreTypedListsWithTheirElements() throws Exception {
        assertThat(DuckDb.columnTypes(from(Datasets.TRADES))).containsEntry("conditions", "INTEGER[]");
        assertThat(DuckDb.columnTypes(from(Datasets.QUOTES))).containsEntry("indicators", "INTEGER[]");
        assertThat(DuckDb.columnTypes(from(Datasets.HALTS))).containsEntry("news_ids", "VARCHAR[]");
        assertThat(DuckDb.columnTypes(from(Datasets.NEWS))).containsEntry("tickers", "VARCHAR[]");
        assertThat(DuckDb.columnTypes(from(Datasets.GAPS))).containsEntry("tickers", "VARCHAR[]");
        assertThat(DuckDb.query("SELECT conditions FROM " + from(Datasets.TRADES) + " ORDER BY sip_ts"))
                .containsExactly(Map.of("conditions", List.of()), Map.of("conditions", List.of(12, 37)));
        assertThat(DuckDb.query("SELECT tickers FROM " + from(Datasets.NEWS) + " WHERE id = 'polygon:abc123'"))
                .containsExactly(Map.of("tickers", List.of("AAPL", "MSFT")));
    }

    @Test
    void changelogDatasetsKeepEveryRevisionAndTheHighestIsTheCurrentState() throws Exception {
        List<Map<String, Object>> latest = DuckDb.query("SELECT ticker, max(revision) AS rev, count(*) AS n FROM "
                + from(Datasets.BARS) + " GROUP BY ticker ORDER BY ticker");
        assertThat(latest).containsExactly(Map.of("ticker", "AAPL", "rev", 1, "n", 2L),
                Map.of("ticker", "NVDA", "rev", 0, "n", 1L));
        assertThat(DuckDb.query("SELECT count(*) AS n FROM " + from(Datasets.BARS) + " WHERE rvol IS NULL"))
                .containsExactly(Map.of("n", 1L));
        assertThat(DuckDb.query("SELECT status FROM " + from(Datasets.HALTS) + " ORDER BY revision DESC LIMIT 1"))
                .containsExactly(Map.of("status", "RESUMED"));
    }
}
