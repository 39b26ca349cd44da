package io.tapeflow.testkit;

import org.apache.flink.client.deployment.StandaloneClusterId;
import org.apache.flink.client.program.ClusterClient;
import org.apache.flink.client.program.rest.RestClusterClient;
import org.apache.flink.runtime.client.JobStatusMessage;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * After each test, cancels every unfinished job of a shared MiniCluster and waits (bounded) until they have ended,
 * because Flink 1.20's {@link MiniClusterExtension} does not, and a hung test would keep its slots from the next one.
 *
 * <pre>{@code
 * @RegisterExtension static final MiniClusterExtension CLUSTER = ...;
 * @RegisterExtension static final CancelLeftoverJobsExtension LEFTOVER_JOBS = new CancelLeftoverJobsExtension(CLUSTER);
 * }</pre>
 *
 * <p>It runs right after the test method, before the class's {@code @AfterEach} methods, so servers those stop are
 * still up while the jobs that use them are cancelled.
 */
public final class CancelLeftoverJobsExtension implements AfterTestExecutionCallback {
    private static final Duration GUARD = Duration.ofSeconds(60);

    private final MiniClusterExtension cluster;

    public CancelLeftoverJobsExtension(MiniClusterExtension cluster) {
        this.cluster = cluster;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        try (ClusterClient<?> client = new RestClusterClient<>(cluster.getClientConfiguration(),
                StandaloneClusterId.getInstance())) {
            for (JobStatusMessage job : client.listJobs().get(30, TimeUnit.SECONDS)) {
                if (job.getJobState().isGloballyTerminalState()) continue;
                try {
                    client.cancel(job.getJobId()).get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    // It ended by itself in the meantime; the wait below is what counts.
                }
            }
            long deadline = System.nanoTime() + GUARD.toNanos();
            while (!allEnded(client)) {
                if (System.nanoTime() > deadline) throw new AssertionError("left-over jobs still running after " + GUARD);
                Thread.sleep(20);
            }
        }
    }

    private static boolean allEnded(ClusterClient<?> client) throws Exception {
        return client.listJobs().get(30, TimeUnit.SECONDS).stream()
                .allMatch(job -> job.getJobState().isGloballyTerminalState());
    }
}
