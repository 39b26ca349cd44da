package io.tapeflow.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tapeflow.jobs.cli.CommonOptions;
import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import io.tapeflow.sources.polygon.flatfiles.csv.FlatFileRowReader;
import io.tapeflow.sources.polygon.flatfiles.csv.TickerFilter;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backfill benchmark's non-timing logic: the generated day is what was asked for and what the flat-file decoder
 * accepts, it is generated once per size, and the {@code backfill} part runs the real command end to end on a tiny day.
 */
class BackfillBenchITCase {
    private static final BenchFlatFiles.Size TINY = new BenchFlatFiles.Size(3_000, 4_000, 20, 1);

    @TempDir
    Path dir;

    @Test
    void theGeneratedDayHasTheRequestedRowsAndTheFlatFileDecoderAcceptsEveryRow() throws Exception {
        // Given / When
        BenchFlatFiles.Day day = BenchFlatFiles.ensure(dir, TINY, System.err);

        // Then
        Decoded trades = decode(day.trades(), FlatFileDataset.STOCKS_TRADES);
        Decoded quotes = decode(day.quotes(), FlatFileDataset.STOCKS_QUOTES);
        assertThat(trades.rows).isEqualTo(3_000);
        assertThat(trades.rejected).isZero();
        assertThat(trades.kinds).containsExactly(EventKind.TRADE);
        assertThat(trades.tickers).hasSize(20);
        assertThat(quotes.rows).isEqualTo(4_000);
        assertThat(quotes.rejected).isZero();
        assertThat(quotes.kinds).containsExactly(EventKind.QUOTE);
        assertThat(quotes.tickers).hasSize(20);
    }

    @Test
    void aSecondRunReusesTheCachedDayInsteadOfRegenerating() throws Exception {
        // Given
        BenchFlatFiles.Day first = BenchFlatFiles.ensure(dir, TINY, System.err);
        long written = Files.getLastModifiedTime(first.trades()).toMillis();
        Files.setLastModifiedTime(first.trades(), java.nio.file.attribute.FileTime.fromMillis(written - 60_000));

        // When
        BenchFlatFiles.Day second = BenchFlatFiles.ensure(dir, TINY, System.err);

        // Then: the same file, untouched
        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(second.trades()).toMillis()).isEqualTo(written - 60_000);
        assertThat(Files.list(dir.resolve("flatfiles")).toList()).containsExactly(first.dir());
    }

    @Test
    void theBackfillPartRunsTheBackfillCommandOverEveryRowAndReportsItInTheJsonLine() throws Exception {
        // Given a bench that may not install DuckDB (tests stay on loopback)
        CommonOptions common = new CommonOptions();
        common.dataDir = dir;
        common.webUiPort = 0;
        Bench bench = new Bench(common, 100_000, 1_000, 1, new String[] {"backfill"}, TINY.trades(), TINY.quotes(),
                TINY.tickers()).withoutDuckDbInstall();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        // When
        int code = bench.run(new PrintStream(printed, true, StandardCharsets.UTF_8));

        // Then
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(code).isZero();
        assertThat(json.get("backfill_rows").asLong()).isEqualTo(7_000);
        assertThat(json.get("backfill_rejected").asLong()).isZero();
        assertThat(json.get("backfill_wall_s").asDouble()).isPositive();
        assertThat(json.has("backfill_rows_per_s_once_running")).isTrue();
        assertThat(json.has("backfill_baseline_duckdb_s")).isTrue();
        assertThat(lines).anyMatch(l -> l.startsWith("backfill whole command s"));
        assertThat(Files.readString(dir.resolve("bench/backfill-last.log"))).contains("backfill done: 7,000 rows");
    }

    private record Decoded(long rows, long rejected, Set<EventKind> kinds, Set<String> tickers) {}

    private static Decoded decode(Path file, FlatFileDataset dataset) throws Exception {
        Set<EventKind> kinds = new HashSet<>();
        Set<String> tickers = new HashSet<>();
        long rows = 0;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            FlatFileRowReader reader = new FlatFileRowReader(file.toString(), dataset, in, TickerFilter.all());
            reader.readHeader();
            MarketEvent e;
            while ((e = reader.next()) != null) {
                if (e.kind == EventKind.REJECT) continue;
                rows++;
                kinds.add(e.kind);
                tickers.add(e.kind == EventKind.TRADE ? e.trade.ticker : e.quote.ticker);
            }
            return new Decoded(rows, reader.rowsRejected(), kinds, tickers);
        }
    }
}
