package io.tapeflow.jobs.backfill;

import io.tapeflow.jobs.live.LiveJob;
import io.tapeflow.jobs.live.LiveSpec;
import io.tapeflow.jobs.mapping.Datasets;
import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.runtime.FlinkEnvironments;
import io.tapeflow.jobs.testing.CollectingOutputs;
import io.tapeflow.simulator.PolygonSimulator;
import io.tapeflow.simulator.SimulatorBuilder;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import io.tapeflow.sources.polygon.flatfiles.store.LocalFlatFileStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Runs the live job against the simulator and the backfill job over its flat files, for the job-level parity tests. */
final class ParityRuns {
    private ParityRuns() {}

    static StreamExecutionEnvironment env(int parallelism) {
        Configuration conf = new Configuration();
        FlinkEnvironments.applySafetyRails(conf);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(parallelism);
        return env;
    }

    /**
     * The live job over the simulator's whole feed: waits until the feed has ended and every trade of the day has
     * reached the job, then stops with a draining savepoint, which fires every pending timer as the end of a bounded
     * run would.
     */
    static void runLive(PolygonSimulator sim, CollectingOutputs out, long tradesOfDay, Path savepoints)
            throws Exception {
        LiveSpec spec = liveSpec(sim);
        runLive(spec, sim, out, tradesOfDay, savepoints);
    }

    /** The live spec for the simulator's feed, with its Tier 1 tickers. */
    static LiveSpec liveSpec(PolygonSimulator sim) {
        LiveSpec spec = new LiveSpec();
        spec.pipeline.semantics.tier1Tickers = tier1(sim);
        spec.wsUrl = sim.wsUrl();
        spec.restUrl = sim.restUrl();
        spec.apiKeyEnv = null;
        spec.fixedApiKey = SimulatorBuilder.DEFAULT_TEST_KEY;
        return spec;
    }

    /** Runs {@code spec} until {@code trades} trades reached the job after the feed ended, then drains it. */
    static void runLive(LiveSpec spec, PolygonSimulator sim, CollectingOutputs out, long tradesOfDay,
            Path savepoints) throws Exception {
        StreamExecutionEnvironment env = env(2);
        LiveJob.define(env, spec, out);
        JobClient job = env.executeAsync("parity live");
        if (!sim.awaitFeedEnd(Duration.ofMinutes(2))) throw new AssertionError("the simulator's feed did not end");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (out.count(Datasets.TRADES) < tradesOfDay) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("live job saw " + out.count(Datasets.TRADES) + " of " + tradesOfDay + " trades");
            }
            Thread.sleep(100);
        }
        job.stopWithSavepoint(true, savepoints.toUri().toString(), SavepointFormatType.CANONICAL)
                .get(1, TimeUnit.MINUTES);
        job.getJobExecutionResult().get(1, TimeUnit.MINUTES);
    }

    /** The backfill job over a flat-file directory (BATCH), to completion. */
    static void runBackfill(Path flatFiles, LocalDate day, String[] tier1, CollectingOutputs out, int parallelism)
            throws Exception {
        StreamExecutionEnvironment env = env(parallelism);
        BackfillSpec spec = spec(flatFiles, day);
        spec.pipeline.semantics.tier1Tickers = tier1;
        BackfillJob.define(env, spec, out);
        env.execute("parity backfill");
    }

    static BackfillSpec spec(Path flatFiles, LocalDate day) {
        BackfillSpec spec = new BackfillSpec();
        spec.store = LocalFlatFileStore.checked(flatFiles);
        spec.datasets = new FlatFileDataset[] {FlatFileDataset.STOCKS_TRADES, FlatFileDataset.STOCKS_QUOTES,
                FlatFileDataset.STOCKS_MINUTE_AGGS};
        spec.from = day;
        spec.to = day;
        return spec;
    }

    /**
     * The simulated universe's LULD Tier 1 tickers: flat files carry no bands, so the backfill computes them and must
     * know the tiers (what {@code --tier1-tickers} gives the CLI); live takes the feed's published bands.
     */
    static String[] tier1(PolygonSimulator sim) {
        return sim.market().plan().tickers().stream().filter(p -> p.tier() == 1).map(p -> p.ticker())
                .toArray(String[]::new);
    }

    /** Data rows of one flat file. */
    static long rows(Path flatFiles, FlatFileDataset dataset, LocalDate day) throws IOException {
        Path file = flatFiles.resolve(dataset.key(day));
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            return r.lines().count() - 1;
        }
    }

    /** The latest version of every bar, by id. */
    static Map<String, Bar> finalBars(List<Bar> bars) {
        List<Bar> l = new ArrayList<>(bars);
        l.sort(Comparator.comparing(Bar::id).thenComparingInt(b -> b.revision));
        Map<String, Bar> m = new java.util.TreeMap<>();
        for (Bar b : l) m.put(b.id(), b);
        return m;
    }

    /**
     * Every field of a bar but its revision (live may revise a bar that BATCH builds once). The VWAPs are rounded to
     * 1e-9 relative: a revision adds a late trade's price x size to running sums, a BATCH run adds it in time order,
     * and floating-point addition is not associative, so they may differ in the last bits.
     */
    static String fields(Bar b) {
        return b.ticker + " " + b.timeframe + " " + b.start + "-" + b.end + " o=" + b.open + " h=" + b.high + " l="
                + b.low + " c=" + b.close + " v=" + b.volume + " n=" + b.trades + " vw=" + round(b.vwap)
                + " dv=" + b.dayVolume + " dvw=" + round(b.dayVwap) + " rvol=" + (b.rvol == null ? null : round(b.rvol))
                + " day=" + b.tradingDay;
    }

    private static String round(double d) {
        return new java.math.BigDecimal(d).round(new java.math.MathContext(10)).toPlainString();
    }

    /** {@link #fields} of the latest version of every bar. */
    static Map<String, String> barFields(List<Bar> bars) {
        Map<String, String> m = new java.util.TreeMap<>();
        finalBars(bars).forEach((id, b) -> m.put(id, fields(b)));
        return m;
    }

    /** Number of bars whose fields are equal only after rounding the VWAPs (exactly equal otherwise). */
    static long roundedOnly(List<Bar> a, List<Bar> b) {
        Map<String, Bar> x = finalBars(a);
        Map<String, Bar> y = finalBars(b);
        return x.keySet().stream().filter(y::containsKey)
                .filter(k -> x.get(k).vwap != y.get(k).vwap || x.get(k).dayVwap != y.get(k).dayVwap).count();
    }

    /** The latest version of every halt, by halt id. */
    static Map<String, Halt> finalHalts(List<Halt> halts) {
        List<Halt> l = new ArrayList<>(halts);
        l.sort(Comparator.comparing((Halt h) -> h.haltId).thenComparingInt(h -> h.revision));
        Map<String, Halt> m = new java.util.TreeMap<>();
        for (Halt h : l) m.put(h.haltId, h);
        return m;
    }

    /** A readable list of the keys that differ between two final-version maps (empty when equal). */
    static List<String> differences(Map<String, String> actual, Map<String, String> expected) {
        List<String> out = new ArrayList<>();
        java.util.TreeSet<String> keys = new java.util.TreeSet<>(actual.keySet());
        keys.addAll(expected.keySet());
        for (String k : keys) {
            String a = actual.get(k);
            String e = expected.get(k);
            if (!java.util.Objects.equals(a, e)) out.add(k + "\n  backfill: " + a + "\n  live:     " + e);
        }
        return out;
    }
}
