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

    public Bench(CommonOptions common, long events, int latencyRate, int latencySeconds, String[] only) {
        this.common = common;
        this.events = events;
        this.latencyRate = latencyRate;
        this.latencySeconds = latencySeconds;
        this.parts = only == null ? List.of("live", "latency") : Arrays.asList(only);
        for (String part : parts) {
            if (!part.equals("live") && !part.equals("latency")) {
                throw new io.tapeflow.jobs.cli.TapeflowException("--only takes live and/or latency, got '" + part
                        + "' (the backfill benchmark is not built yet)");
            }
        }
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
        out.println(JSON.writeValueAsString(result));
        return 0;
    }

    static void row(PrintStream out, String figure, double ours, String baseline, double theirs) {
        out.printf("%-44s %,16.0f   %-30s %,16.0f %8.3f%n", figure, ours, baseline, theirs, ours / theirs);
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
