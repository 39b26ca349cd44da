package io.tapeflow.sources.polygon.flatfiles.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import io.tapeflow.sources.polygon.flatfiles.FlatFileFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures single-thread CSV → MarketEvent decode on a generated 1M-row trades file, plain and through gzip. Prints
 * rows/s; asserts only the row count (no timing assertions). Run with {@code -Dtapeflow.bench=true}.
 */
@EnabledIfSystemProperty(named = "tapeflow.bench", matches = "true")
class ParseRateBenchmarkTest {
    private static final int ROWS = 1_000_000;

    @Test
    void measuresTheTradesParseRate() throws IOException {
        // Given 1M realistic rows: sorted tickers, 1-3 conditions, ns timestamps, some decimal sizes
        byte[] plain = generate();
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz, 1 << 16)) {
            out.write(plain);
        }
        byte[] gzipped = gz.toByteArray();

        // When: a few rounds each so the JIT has compiled the hot path
        // (best of several rounds; CPU time of this thread as well as wall time, since the build machine is shared)
        double[] plainRate = {0, 0};
        double[] gzipRate = {0, 0};
        for (int round = 0; round < 6; round++) {
            best(plainRate, rate(new ByteArrayInputStream(plain)));
            best(gzipRate, rate(new GZIPInputStream(new ByteArrayInputStream(gzipped), 1 << 16)));
        }

        // Then
        System.out.printf(Locale.ROOT, "[bench] trades CSV -> MarketEvent, 1 thread, %d rows: from bytes (%.1f MB) "
                + "%.2f M rows/s wall, %.2f M rows/CPU-s; through gzip (%.1f MB) %.2f M rows/s wall, %.2f M rows/CPU-s%n",
                ROWS, plain.length / 1e6, plainRate[0] / 1e6, plainRate[1] / 1e6, gzipped.length / 1e6,
                gzipRate[0] / 1e6, gzipRate[1] / 1e6);
    }

    private static void best(double[] acc, double[] r) {
        acc[0] = Math.max(acc[0], r[0]);
        acc[1] = Math.max(acc[1], r[1]);
    }

    private static double[] rate(InputStream in) throws IOException {
        FlatFileRowReader reader = new FlatFileRowReader("bench", FlatFileDataset.STOCKS_TRADES, in, TickerFilter.all());
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        reader.readHeader();
        long n = 0;
        long checksum = 0;
        for (MarketEvent e = reader.next(); e != null; e = reader.next()) {
            n++;
            checksum += e.trade.sequence;
        }
        long t1 = System.nanoTime();
        long c1 = mx.getCurrentThreadCpuTime();
        assertThat(n).isEqualTo(ROWS);
        assertThat(reader.rowsRejected()).isZero();
        assertThat(checksum).isPositive();
        return new double[] {n / ((t1 - t0) / 1e9), n / ((c1 - c0) / 1e9)};
    }

    private static byte[] generate() {
        StringBuilder sb = new StringBuilder(ROWS * 110);
        sb.append(FlatFileDataset.STOCKS_TRADES.header()).append('\n');
        long ts = 1712306654208740096L;
        String[] prices = {"142.99", "143", "143.01", "142.985", "143.0025"};
        String[] sizes = {"5", "100", "187", "10.000000", "0.002500"};
        for (int i = 0; i < ROWS; i++) {
            String ticker = "T" + (i / 2000);
            int[] c = i % 3 == 0 ? new int[] {12, 37} : i % 3 == 1 ? new int[] {12} : new int[0];
            ts += 1 + (i % 977);
            sb.append(FlatFileFixtures.tradeRow(ticker, i + 1, ts, prices[i % 5], sizes[i % 5], c)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
