package io.tapeflow.jobs.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a job and, for local runs, turns Ctrl-C into stop-with-savepoint so a laptop run can be upgraded exactly like
 * a cluster job ({@code --savepoint PATH} resumes it).
 */
public final class LocalJobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(LocalJobRunner.class);

    private LocalJobRunner() {}

    /** Submits the job, waits for it to finish, and returns its client (already finished). */
    public static JobClient runToCompletion(StreamExecutionEnvironment env, String jobName, Path savepointDir,
            JobProgress progress) throws Exception {
        JobClient client = env.executeAsync(jobName);
        Thread hook = new Thread(() -> stopWithSavepoint(client, savepointDir), "tapeflow-stop-with-savepoint");
        if (FlinkEnvironments.isLocal()) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
        try {
            CompletableFuture<?> done = client.getJobExecutionResult();
            while (!done.isDone()) {
                progress.tick(client);
                try {
                    done.get(1, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException ignored) {
                    // keep ticking the status line
                }
            }
            done.get();
            return client;
        } finally {
            if (FlinkEnvironments.isLocal()) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it owns the stop
                }
            }
        }
    }

    private static void stopWithSavepoint(JobClient client, Path savepointDir) {
        try {
            String path = client.stopWithSavepoint(false, savepointDir.toUri().toString(), SavepointFormatType.CANONICAL)
                    .get(Duration.ofMinutes(2).toMillis(), TimeUnit.MILLISECONDS);
            System.err.println("\ntapeflow: stopped with savepoint " + path + " (resume with --savepoint " + path + ")");
        } catch (Exception e) {
            LOG.warn("Stop-with-savepoint failed; the last retained checkpoint can be used instead", e);
            System.err.println("\ntapeflow: stop-with-savepoint failed (" + e.getMessage()
                    + "); resume from the last checkpoint under the checkpoint directory");
        }
    }

    /** Called about once a second while the job runs, e.g. to print a status line. */
    @FunctionalInterface
    public interface JobProgress {
        void tick(JobClient client);

        /** No status output. */
        JobProgress NONE = client -> {};
    }
}
