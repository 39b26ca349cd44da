package io.tapeflow.sources.polygon.testutils;

import io.tapeflow.testkit.CancelLeftoverJobsExtension;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension really ends a job a test left running on the shared MiniCluster. */
class CancelLeftoverJobsExtensionITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(1).build());

    @Test
    void aJobLeftRunningIsCancelledAndHasEndedWhenTheExtensionReturns() throws Exception {
        // Given a job that would run for ages
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        env.fromSequence(0, Long.MAX_VALUE).sinkTo(new DiscardingSink<>());
        JobClient job = env.executeAsync("left running");

        // When
        new CancelLeftoverJobsExtension(CLUSTER).afterTestExecution(null);

        // Then
        assertThat(job.getJobStatus().get()).isEqualTo(JobStatus.CANCELED);
    }
}
