package io.tapeflow.sinks.testutils;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;

/** MiniCluster and environment settings shared by the sink ITCases: strict uids, no Kryo, frequent checkpoints. */
public final class SinkTestEnvironments {
    private SinkTestEnvironments() {}

    /** One task manager with two slots: enough for parallel sink subtasks, small enough for a 2-core machine. */
    public static MiniClusterExtension miniCluster() {
        return new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
                .setNumberTaskManagers(1)
                .setNumberSlotsPerTaskManager(2)
                .build());
    }

    /** A streaming environment that fails on any Kryo fallback or missing uid, checkpointing every 200 ms. */
    public static StreamExecutionEnvironment strictEnv() {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        conf.set(PipelineOptions.AUTO_GENERATE_UIDS, false);
        // A failing test should fail, not loop through restarts.
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(2);
        // Bulk formats commit files on checkpoints; a bounded job also commits on its final checkpoint.
        env.enableCheckpointing(200);
        return env;
    }
}
