package io.tapeflow.jobs.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;
import org.apache.flink.runtime.checkpoint.CheckpointException;
import org.apache.flink.runtime.checkpoint.CheckpointFailureReason;
import org.apache.flink.util.SerializedThrowable;
import org.junit.jupiter.api.Test;

/** Only a savepoint declined because a task was not running yet is asked again; real failures are not hidden. */
class SavepointsTest {

    @Test
    void aTaskNotReadyDeclineIsRetriedWhetherItArrivesTypedOrSerialized() {
        // Given the coordinator's reason, and a task's decline as the client sees it (serialized, message only)
        Throwable coordinator = new ExecutionException(
                new CheckpointException(CheckpointFailureReason.NOT_ALL_REQUIRED_TASKS_RUNNING));
        Throwable fromTask = new ExecutionException(new CheckpointException(
                CheckpointFailureReason.TASK_CHECKPOINT_FAILURE, new SerializedThrowable(new CheckpointException(
                        CheckpointFailureReason.CHECKPOINT_DECLINED_TASK_NOT_READY))));

        // Then
        assertThat(Savepoints.tasksNotReady(coordinator)).isTrue();
        assertThat(Savepoints.tasksNotReady(fromTask)).isTrue();
    }

    @Test
    void otherFailuresAreNotRetried() {
        Throwable expired = new ExecutionException(new CheckpointException(CheckpointFailureReason.CHECKPOINT_EXPIRED));
        Throwable io = new ExecutionException(new java.io.IOException("disk full"));

        assertThat(Savepoints.tasksNotReady(expired)).isFalse();
        assertThat(Savepoints.tasksNotReady(io)).isFalse();
    }
}
