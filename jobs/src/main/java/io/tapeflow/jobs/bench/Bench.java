package io.tapeflow.jobs.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tapeflow.jobs.cli.CommonOptions;
import io.tapeflow.jobs.runtime.FlinkEnvironments;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.configuration.Configuration;

/**
 * Runs the benchmark parts and prints each figure beside its baseline from the same run (these machines are noisy:
 * ratios hold, absolute numbers don't), then one JSON line with every figure.
 */
public final class Bench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CommonOptions common;
    private final long events;
    private final int latencyRate;
    private final int latencySeconds;
    private final List<String> parts;
    private final BenchFlatFiles.Size backfillSize;
    private boolean installDuckDb = true;
    private boolean backfillWithoutMongo;

    public Bench(CommonOptions common, long events, int latencyRate, int latencySeconds, String[] only) {
        this(common, events, latencyRate, latencySeconds, only, 2_000_000, 2_000_000, 1_000);
    }

    public Bench(CommonOptions common, long events, int latencyRate, int latencySeconds, String[] only,
            long backfillTrades, long backfillQuotes, int backfillTickers) {
        this.common = common;
        this.events = events;
        this.latencyRate = latencyRate;
        this.latencySeconds = latencySeconds;
        this.backfillSize = new BenchFlatFiles.Size(backfillTrades, backfillQuotes, backfillTickers, 1);
        this.parts = only == null ? List.of("live", "latency", "backfill") : Arrays.asList(only);
        for (String part : parts) {
            if (!List.of("live", "latency", "backfill").contains(part)) {
                throw new io.tapeflow.jobs.cli.TapeflowException("--only takes live, latency and/or backfill, got '"
                        + part + "'");
            }
        }
    }

    /** Also time the backfill with {@code --mongo-uri none}: how much of the command the embedded MongoDB takes. */
    public Bench alsoBackfillWithoutMongo(boolean on) {
        backfillWithoutMongo = on;
        return this;
    }

    /** Use DuckDB only if already installed under the bench directory (tests: no registry access). */
    Bench withoutDuckDbInstall() {
        installDuckDb = false;
        return this;
    }

    /** Runs and prints; returns the exit code. */
    public int run(PrintStream out) throws Exception {
        ObjectNode result = JSON.createObjectNode();
        Path work = Files.createDirectories(common.dataDir.resolve("bench"));
        Configuration conf = benchConfiguration();
        out.printf("%-44s %16s   %-30s %16s %8s%n", "figure", "tapeflow", "baseline (same run)", "baseline",
                "ratio");
        if (parts.contains("live")) {
            double bare = LiveThroughputBench.baseline(events);
            double ours = LiveThroughputBench.tapeflow(events, conf, Files.createTempDirectory(work, "live-"));
            row(out, "live decode->archive events/s (p=2)", ours, "bare OkHttp client, discarding", bare);
            result.put("live_events_per_s", Math.round(ours));
            result.put("live_baseline_bare_client_events_per_s", Math.round(bare));
            result.put("live_ratio", round3(ours / bare));
        }
        if (parts.contains("latency")) {
            LatencyBench.Result bare = LatencyBench.baseline(latencyRate, latencySeconds);
            LatencyBench.Result r = LatencyBench.run(latencyRate, latencySeconds, conf,
                    Files.createTempDirectory(work, "latency-"));
            out.printf("%-44s %16s   %-30s %16s%n", String.format("latency p50 ms at %,.0f events/s",
                    r.eventsPerSecond()), String.format("%.0f", r.p50Ms()), "bare client frame latency p50",
                    String.format("%.0f", bare.p50Ms()));
            out.printf("%-44s %16s   %-30s %16s%n", "latency p99 ms", String.format("%.0f", r.p99Ms()),
                    "bare client frame latency p99", String.format("%.0f", bare.p99Ms()));
            result.put("latency_bare_p50_ms", bare.p50Ms());
            result.put("latency_bare_p99_ms", bare.p99Ms());
            result.put("latency_events_per_s", Math.round(r.eventsPerSecond()));
            result.put("latency_p50_ms", r.p50Ms());
            result.put("latency_p99_ms", r.p99Ms());
            result.put("latency_max_ms", r.maxMs());
        }
        if (parts.contains("backfill")) {
            backfill(out, work, result);
        }
        out.println(JSON.writeValueAsString(result));
        return 0;
    }

    private void backfill(PrintStream out, Path work, ObjectNode result) throws Exception {
        BenchFlatFiles.Day day = BenchFlatFiles.ensure(work, backfillSize, System.err);
        DuckDbBaseline.Result duck = DuckDbBaseline.convert(work, day.trades(), day.quotes(), installDuckDb);
        BackfillBench.Result r = runBackfill(work, day, true, "backfill-last.log");
        String rows = String.format("%.1fM rows", r.rows() / 1e6);
        row(out, "backfill rows/s once running (" + rows + ")", r.rowsPerSecondOnceRunning(),
                "target", 1_000_000);
        String duckText = duck.available() ? String.format("%16.1f %8.2f", duck.seconds(), r.wallSeconds()
                / duck.seconds()) : String.format("%16s %8s", "n/a", "n/a");
        out.printf("%-44s %16.1f   %-30s %s%n", "backfill whole command s (" + rows + ")", r.wallSeconds(),
                "DuckDB csv.gz->Parquet s", duckText);
        if (!duck.available()) {
            out.println("  DuckDB baseline n/a: " + duck.why());
        }
        out.printf("%-44s %16.1f%n", "  its process CPU s (busy host: steadier)", r.cpuSeconds());
        if (backfillWithoutMongo) {
            BackfillBench.Result bare = runBackfill(work, day, false, "backfill-without-mongo-last.log");
            String bareDuck = duck.available() ? String.format("%16.1f %8.2f", duck.seconds(), bare.wallSeconds()
                    / duck.seconds()) : String.format("%16s %8s", "n/a", "n/a");
            out.printf("%-44s %16.1f   %-30s %s%n", "  same, --mongo-uri none", bare.wallSeconds(),
                    "DuckDB csv.gz->Parquet s", bareDuck);
            result.put("backfill_without_mongo_wall_s", round3(bare.wallSeconds()));
            result.put("backfill_without_mongo_cpu_s", round3(bare.cpuSeconds()));
            result.put("backfill_without_mongo_rows_per_s_once_running", Math.round(bare.rowsPerSecondOnceRunning()));
            out.printf("%-44s %16.1f%n", "  its process CPU s", bare.cpuSeconds());
        }
        result.put("backfill_rows", r.rows());
        result.put("backfill_rejected", r.rejected());
        result.put("backfill_rows_per_s_once_running", Math.round(r.rowsPerSecondOnceRunning()));
        result.put("backfill_read_s", r.readSeconds());
        result.put("backfill_wall_s", round3(r.wallSeconds()));
        result.put("backfill_cpu_s", round3(r.cpuSeconds()));
        if (duck.available()) {
            result.put("backfill_baseline_duckdb_s", round3(duck.seconds()));
            result.put("backfill_ratio_vs_duckdb", round3(r.wallSeconds() / duck.seconds()));
        } else {
            result.putNull("backfill_baseline_duckdb_s");
            result.put("backfill_baseline_na", duck.why());
        }
    }

    static void row(PrintStream out, String figure, double ours, String baseline, double theirs) {
        out.printf("%-44s %,16.0f   %-30s %,16.0f %8.3f%n", figure, ours, baseline, theirs, ours / theirs);
    }

    private BackfillBench.Result runBackfill(Path work, BenchFlatFiles.Day day, boolean mongo, String logName)
            throws Exception {
        Path runDir = Files.createTempDirectory(work, "backfill-");
        BackfillBench.Result r = BackfillBench.run(day, runDir, common.parallelism, mongo);
        Files.copy(r.log(), work.resolve(logName), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        BenchFlatFiles.deleteRecursively(runDir); // Parquet + MongoDB copies of the day: hundreds of MB at full size
        return r;
    }

    private Configuration benchConfiguration() {
        Configuration conf = new Configuration();
        FlinkEnvironments.applySafetyRails(conf);
        conf.setString("execution.checkpointing.interval", "10 s");
        conf.setString("state.backend.type", "hashmap");
        io.tapeflow.jobs.runtime.InProcessMetrics.enable(conf);
        if (common.webUiPort > 0) {
            conf.set(org.apache.flink.configuration.RestOptions.BIND_ADDRESS, "127.0.0.1");
            conf.set(org.apache.flink.configuration.RestOptions.PORT, common.webUiPort);
        }
        return conf;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
