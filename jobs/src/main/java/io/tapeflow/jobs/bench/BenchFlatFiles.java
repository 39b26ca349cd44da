package io.tapeflow.jobs.bench;

import io.tapeflow.simulator.flatfiles.SizedDayWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The backfill benchmark's input: one simulated trading day of trades and quotes flat files of a given size, generated
 * once per size and seed under {@code bench/flatfiles/} and reused by later runs (generation takes longer than the
 * benchmark itself).
 */
final class BenchFlatFiles {
    /** The day {@link SizedDayWriter} writes. */
    static final LocalDate DAY = io.tapeflow.simulator.scenario.ScenarioSpec.DEFAULT_DATE;

    private BenchFlatFiles() {}

    /** Size of the benchmark day. */
    record Size(long trades, long quotes, int tickers, long seed) {
        String key() {
            return "t" + trades + "-q" + quotes + "-k" + tickers + "-s" + seed;
        }
    }

    /** The generated day: the directory in the bucket's key layout and its two files. */
    record Day(Path dir, Path trades, Path quotes) {}

    /** Returns the cached day for {@code size}, generating it first if absent. */
    static Day ensure(Path benchDir, Size size, java.io.PrintStream log) throws IOException {
        Path dir = benchDir.resolve("flatfiles").resolve(size.key());
        String sub = String.format("%04d/%02d/%s.csv.gz", DAY.getYear(), DAY.getMonthValue(), DAY);
        Day day = new Day(dir, dir.resolve("us_stocks_sip/trades_v1/" + sub), dir.resolve("us_stocks_sip/quotes_v1/" + sub));
        if (Files.isRegularFile(dir.resolve("COMPLETE"))) {
            return day;
        }
        log.printf("bench: generating %,d trades + %,d quotes across %,d tickers (seed %d) into %s, once%n",
                size.trades(), size.quotes(), size.tickers(), size.seed(), dir);
        Path tmp = Files.createDirectories(benchDir.resolve("flatfiles")).resolve(size.key() + ".tmp-"
                + ProcessHandle.current().pid());
        deleteRecursively(tmp);
        SizedDayWriter.of(size.tickers(), size.trades(), size.quotes(), size.seed()).write(tmp);
        Files.writeString(tmp.resolve("COMPLETE"), size.key() + "\n");
        deleteRecursively(dir);
        Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        return day;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
