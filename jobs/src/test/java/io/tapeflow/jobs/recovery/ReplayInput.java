package io.tapeflow.jobs.recovery;

import io.tapeflow.simulator.PolygonSimulator;
import io.tapeflow.simulator.flatfiles.FlatFileWriter;
import io.tapeflow.simulator.scenario.MarketPlan;
import io.tapeflow.simulator.scenario.HaltSpec;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The input of the recovery tests: two simulated days with halts as trades and quotes flat files (the simulator's
 * REST answers ticker details), whose trades files also hold a few bad rows, so {@code rejects} has content too.
 */
final class ReplayInput {
    private static final String BAD_TICKER = "ZZZZ";

    private ReplayInput() {}

    /** A short day (09:29 to 10:02) with an up and a down LULD pause and a limit state. */
    static ScenarioSpec scenario() {
        return ScenarioSpec.demo(11, 5).withRateScale(0.03).withTimes(LocalTime.of(9, 29), LocalTime.of(10, 2))
                .withHalts(List.of(
                        new HaltSpec(HaltSpec.Kind.LULD_PAUSE, HaltSpec.Direction.UP, 3, LocalTime.of(9, 40)),
                        new HaltSpec(HaltSpec.Kind.LULD_PAUSE, HaltSpec.Direction.DOWN, 1, LocalTime.of(9, 50)),
                        new HaltSpec(HaltSpec.Kind.LIMIT_STATE_ONLY, HaltSpec.Direction.UP, 2, LocalTime.of(9, 45))));
    }

    /** The LULD Tier 1 tickers of the simulated universe (flat files carry no bands: the pipeline computes them). */
    static String[] tier1(PolygonSimulator sim) {
        return sim.market().plan().tickers().stream().filter(p -> p.tier() == 1).map(p -> p.ticker())
                .toArray(String[]::new);
    }

    /**
     * What {@link #write} wrote: the rows (records) of each file in the order one reader reads them (day by day,
     * trades before quotes), and where in that order each ticker's first trade of the second day is.
     */
    record Files(long[] rows, long[] dayTwoTickerStarts) {
        long total() {
            return java.util.stream.LongStream.of(rows).sum();
        }
    }

    /**
     * Writes the day before the scenario's day and the scenario's day as trades and quotes flat files under
     * {@code dir}, each trades file with a bad row after each of the given fractions of its rows.
     */
    static Files write(PolygonSimulator sim, Path dir, double... badRowsAt) throws IOException {
        LocalDate day = sim.scenario().date();
        new FlatFileWriter(MarketPlan.of(sim.scenario().withDate(day.minusDays(1)))).write(dir);
        sim.writeFlatFiles(dir);
        long[] rows = new long[4];
        List<Long> starts = new ArrayList<>();
        int i = 0;
        for (LocalDate d : List.of(day.minusDays(1), day)) {
            long before = i == 2 ? rows[0] + rows[1] : 0;
            List<String> trades = rewrite(dir.resolve(FlatFileDataset.STOCKS_TRADES.key(d)), badRowsAt);
            String previous = null;
            for (int r = 0; r < trades.size() && i == 2; r++) {
                String ticker = trades.get(r).substring(0, trades.get(r).indexOf(','));
                if (!ticker.equals(previous) && !ticker.equals(BAD_TICKER)) starts.add(before + r);
                if (!ticker.equals(BAD_TICKER)) previous = ticker;
            }
            rows[i++] = trades.size();
            rows[i++] = rewrite(dir.resolve(FlatFileDataset.STOCKS_QUOTES.key(d))).size();
        }
        return new Files(rows, starts.stream().mapToLong(Long::longValue).toArray());
    }

    /** Adds a bad row after each fraction of the file's data rows; returns its data rows. */
    private static List<String> rewrite(Path file, double... badRowsAt) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(java.nio.file.Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            r.lines().forEach(lines::add);
        }
        int rows = lines.size() - 1;
        for (int i = badRowsAt.length - 1; i >= 0; i--) {
            lines.add(1 + (int) (rows * badRowsAt[i]), BAD_TICKER + ",not-a-number,garbage row " + i);
        }
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(java.nio.file.Files.newOutputStream(file)),
                StandardCharsets.UTF_8)) {
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        }
        return lines.subList(1, lines.size());
    }
}
