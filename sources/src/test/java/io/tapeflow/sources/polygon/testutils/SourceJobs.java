package io.tapeflow.sources.polygon.testutils;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.websocket.PolygonWebSocketSource;

import org.apache.flink.api.common.JobID;
import org.apache.flink.client.program.ClusterClient;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.SavepointRestoreSettings;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.testutils.junit.SharedReference;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Builds and submits the one-source, one-sink test job the way production does: strict uids, no Kryo. */
public final class SourceJobs {
    public static final String SOURCE_UID = "source-polygon-websocket";

    private SourceJobs() {}

    public static JobID submit(ClusterClient<?> client, PolygonWebSocketSource source,
            SharedReference<? extends Queue<MarketEvent>> out, long sinkNanosPerRecord, String savepoint,
            boolean restartOnFailure) throws Exception {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.AUTO_GENERATE_UIDS, false);
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        if (restartOnFailure) {
            conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
            conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
            conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(100));
        } else {
            conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        }
        StreamExecutionEnvironment env = new StreamExecutionEnvironment(conf);
        env.setParallelism(2);
        env.fromSource(source, PolygonWebSocketSource.watermarks(Duration.ofSeconds(1), Duration.ofSeconds(1)),
                        "Polygon WebSocket")
                .uid(SOURCE_UID)
                .sinkTo(new CollectingSink(out, sinkNanosPerRecord)).uid("test-collect").name("collect");
        JobGraph job = env.getStreamGraph().getJobGraph();
        if (savepoint != null) job.setSavepointRestoreSettings(SavepointRestoreSettings.forPath(savepoint, false));
        return client.submitJob(job).get(30, TimeUnit.SECONDS);
    }

    /** Waits (a guard, not a timing assertion) until {@code condition} holds. */
    public static void await(BooleanSupplier condition, Duration guard, String what) throws InterruptedException {
        long deadline = System.nanoTime() + guard.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("gave up waiting for " + what);
            Thread.sleep(20);
        }
    }
}
