package io.tapeflow.jobs.runtime;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.checkpoint.CheckpointException;
import org.apache.flink.runtime.checkpoint.CheckpointFailureReason;
import org.apache.flink.util.ExceptionUtils;

/**
 * Stop-with-savepoint that asks again while Flink declines it because a task is not running yet (still deploying, or
 * a source task ending): a declined stop leaves the job running, and on a busy machine the first ask can come early.
 */
public final class Savepoints {
    private static final long RETRY_EVERY_MS = 200;

    private Savepoints() {}

    /** Stops {@code job} with a canonical savepoint under {@code dir}; returns the savepoint path. */
    public static String stopWithSavepoint(JobClient job, String dir, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return job.stopWithSavepoint(false, dir, SavepointFormatType.CANONICAL)
                        .get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                if (!tasksNotReady(e) || System.nanoTime() + RETRY_EVERY_MS * 1_000_000L > deadline) throw e;
                Thread.sleep(RETRY_EVERY_MS);
            }
        }
    }

    /** True when the savepoint was declined only because some task was not (yet) running. */
    static boolean tasksNotReady(Throwable failure) {
        boolean byReason = ExceptionUtils.findThrowable(failure, CheckpointException.class)
                .map(c -> c.getCheckpointFailureReason() == CheckpointFailureReason.NOT_ALL_REQUIRED_TASKS_RUNNING
                        || c.getCheckpointFailureReason() == CheckpointFailureReason.CHECKPOINT_DECLINED_TASK_NOT_READY)
                .orElse(false);
        // a task's decline reaches the client as a SerializedThrowable: only its message tells the reason
        return byReason || ExceptionUtils.findThrowableWithMessage(failure,
                CheckpointFailureReason.CHECKPOINT_DECLINED_TASK_NOT_READY.message()).isPresent();
    }
}
