package io.tapeflow.jobs.bench;

import io.tapeflow.simulator.PolygonSimulator;
import io.tapeflow.simulator.scenario.MarketGenerator;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import io.tapeflow.simulator.wire.Channel;
import io.tapeflow.simulator.wire.SimEvent;
import java.nio.file.Path;
import java.time.LocalTime;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Frame-to-record latency at a fixed rate: the simulator paces a generated market in real time (speed 1) at about
 * the requested trades+quotes per second, and the archive job records how long after its due time each record
 * reached the archive writer.
 */
final class LatencyBench {
    private static final long SEED = 11;
    private static final int TICKERS = 400;
    private static final LocalTime FROM = LocalTime.of(10, 0);

    private LatencyBench() {}

    /** Result of one run: percentiles in ms and the rate actually sent. */
    record Result(double p50Ms, double p99Ms, double maxMs, double eventsPerSecond, long samples) {}

    /** The bare client's frame latency on the same paced market. */
    static Result baseline(int targetRate, int seconds) throws Exception {
        ScenarioSpec spec = calibrated(targetRate, seconds);
        try (PolygonSimulator sim = PolygonSimulator.builder().port(0).scenario(spec).speed(1).sentLog(false)
                .start()) {
            long t0 = System.nanoTime();
            var h = BareWebSocketClient.frameLatency(sim, seconds);
            double rate = sim.eventsSent() * 1e9 / (System.nanoTime() - t0);
            return new Result(h.getValueAtPercentile(50), h.getValueAtPercentile(99), h.getMaxValue(), rate,
                    h.getTotalCount());
        }
    }

    static Result run(int targetRate, int seconds, Configuration conf, Path parquetDir) throws Exception {
        ScenarioSpec spec = calibrated(targetRate, seconds);
        try (PolygonSimulator sim = PolygonSimulator.builder().port(0).scenario(spec).speed(1).sentLog(false)
                .start()) {
            LatencyProbe.simulator = sim;
            LatencyProbe.MILLIS.reset();
            Configuration c = new Configuration(conf);
            c.set(CoreOptions.DEFAULT_PARALLELISM, 2);
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(c);
            ArchiveJob.define(env, sim.wsUrl(), parquetDir.toUri().toString(), true);
            JobClient job = env.executeAsync("tapeflow bench: latency");
            try {
                // Warm-up: connection, JIT and the first checkpoint are not what a running job sees.
                waitForEvents(sim);
                LatencyProbe.recordFromEpochMs = System.currentTimeMillis() + 3_000;
                long sent0 = sim.eventsSent();
                long t0 = System.nanoTime();
                Thread.sleep(seconds * 1000L);
                double rate = (sim.eventsSent() - sent0) * 1e9 / (System.nanoTime() - t0);
                var h = LatencyProbe.MILLIS.copy();
                return new Result(h.getValueAtPercentile(50), h.getValueAtPercentile(99), h.getMaxValue(), rate,
                        h.getTotalCount());
            } finally {
                LatencyProbe.simulator = null;
                LatencyProbe.recordFromEpochMs = Long.MAX_VALUE;
                job.cancel().get();
            }
        }
    }

    private static void waitForEvents(PolygonSimulator sim) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (sim.eventsSent() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /** A market whose trades and quotes come at about {@code targetRate}/s, measured from the generator itself. */
    static ScenarioSpec calibrated(int targetRate, int seconds) {
        LocalTime to = FROM.plusSeconds(seconds + 120L);
        ScenarioSpec probe = ScenarioSpec.basic(TICKERS, SEED).withTimes(FROM, FROM.plusSeconds(30));
        MarketGenerator gen = new MarketGenerator(probe);
        long n = 0;
        long first = Long.MIN_VALUE;
        long last = 0;
        for (SimEvent e; (e = gen.next()) != null; ) {
            if (e.channel == Channel.T || e.channel == Channel.Q) {
                n++;
                first = first == Long.MIN_VALUE ? e.marketTimeMs : first;
                last = e.marketTimeMs;
            }
        }
        double rate = n * 1000.0 / Math.max(1, last - first);
        return ScenarioSpec.basic(TICKERS, SEED).withTimes(FROM, to).withRateScale(targetRate / Math.max(1, rate));
    }
}
