package io.tapeflow.jobs.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a job and, for local runs, turns Ctrl-C into stop-with-savepoint so a laptop run can be upgraded exactly like
 * a cluster job ({@code --savepoint PATH} resumes it); a BATCH job has no savepoints, so Ctrl-C cancels it.
 */
public final class LocalJobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(LocalJobRunner.class);

    private LocalJobRunner() {}

    /**
     * Submits the job and waits for it to finish; returns its client (finished), or null when the submission is
     * detached ({@code flink run -d}): then nothing waits for the job.
     */
    public static JobClient runToCompletion(StreamExecutionEnvironment env, String jobName, Path savepointDir,
            JobProgress progress) throws Exception {
        JobClient client = env.executeAsync(jobName);
        if (!env.getConfiguration().get(DeploymentOptions.ATTACHED)) {
            return null;
        }
        boolean batch = env.getConfiguration().get(ExecutionOptions.RUNTIME_MODE) == RuntimeExecutionMode.BATCH;
        Thread hook = new Thread(() -> {
            if (batch) cancel(client);
            else stopWithSavepoint(client, savepointDir);
        }, "tapeflow-stop");
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

    private static void cancel(JobClient client) {
        try {
            client.cancel().get(1, TimeUnit.MINUTES);
            System.err.println("\ntapeflow: cancelled. A BATCH job has no savepoint: run the same command again; "
                    + "re-runs are idempotent and --skip-complete skips the days an earlier run finished");
        } catch (Exception e) {
            LOG.warn("Cancelling the job failed", e);
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
