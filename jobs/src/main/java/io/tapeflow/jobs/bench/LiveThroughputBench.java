package io.tapeflow.jobs.bench;

import io.tapeflow.jobs.runtime.InProcessMetrics;
import io.tapeflow.simulator.PolygonSimulator;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Live decode → archive throughput: the simulator's pre-rendered firehose read once by a bare WebSocket client and
 * once by tapeflow's source → decode → Parquet archive at parallelism 2, in the same run.
 */
final class LiveThroughputBench {
    private static final int EVENTS_PER_FRAME = 100;
    /**
     * Both sides are timed after the same share of the events: the JIT compiles the hot paths while the first ones
     * go by, and a few seconds of run would otherwise make that start-up part of the figure.
     */
    static final double WARM_UP_FRACTION = 0.2;

    private LiveThroughputBench() {}

    /** Events/s of the bare client. */
    static double baseline(long events) throws Exception {
        try (PolygonSimulator sim = firehose(events)) {
            return BareWebSocketClient.eventsPerSecond(sim.wsUrl(), events / EVENTS_PER_FRAME, events,
                    Duration.ofMinutes(5));
        }
    }

    /** Events/s of the archive job, counted by the source's own per-type counters after the warm-up to the last. */
    static double tapeflow(long events, Configuration conf, Path parquetDir) throws Exception {
        try (PolygonSimulator sim = firehose(events)) {
            Configuration c = new Configuration(conf);
            c.set(CoreOptions.DEFAULT_PARALLELISM, 2);
            StreamExecutionEnvironment env = c.contains(org.apache.flink.configuration.RestOptions.PORT)
                    ? StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(c)
                    : StreamExecutionEnvironment.createLocalEnvironment(c);
            ArchiveJob.define(env, sim.wsUrl(), parquetDir.toUri().toString());
            long base = decoded();
            JobClient job = env.executeAsync("tapeflow bench: live decode -> archive");
            try {
                long warmUp = (long) (events * WARM_UP_FRACTION);
                long first = 0;
                long firstN = 0;
                long firstCpu = 0;
                long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
                while (System.nanoTime() < deadline) {
                    long n = decoded() - base;
                    if (n >= warmUp && first == 0) {
                        first = System.nanoTime();
                        firstN = n;
                        firstCpu = processCpuNanos();
                    }
                    if (n >= events && first != 0) {
                        long wall = Math.max(1, System.nanoTime() - first);
                        long cpu = processCpuNanos() - firstCpu;
                        long timed = Math.max(1, n - firstN);
                        // On a shared machine events/s follows the CPU we were given; CPU per event does not.
                        System.err.printf("tapeflow live: %.2f us CPU per event (simulator included), %.2f cores"
                                + " busy, after a warm-up of %,d events%n", cpu / 1e3 / timed, (double) cpu / wall,
                                firstN);
                        return timed * 1e9 / wall;
                    }
                    Thread.sleep(5);
                }
                throw new IllegalStateException("tapeflow decoded " + (decoded() - base) + " of " + events
                        + " events within 5 minutes");
            } finally {
                job.cancel().get();
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long decoded() {
        return InProcessMetrics.sumCounters("trades") + InProcessMetrics.sumCounters("quotes");
    }

    private static PolygonSimulator firehose(long events) {
        return PolygonSimulator.builder().port(0).eventsPerFrame(EVENTS_PER_FRAME).firehose(events).speed(0)
                .sentLog(false).start();
    }
}
