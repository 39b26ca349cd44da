package io.tapeflow.sinks.testutils;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Proves the strict test environment really applies its settings, so the other ITCases' "no Kryo, all uids" holds. */
class StrictEnvironmentITCase {

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = SinkTestEnvironments.miniCluster();

    @Test
    void aTypeThatWouldFallBackToKryoIsRejected() {
        StreamExecutionEnvironment env = SinkTestEnvironments.strictEnv();
        List<ArrayList<String>> generic = List.of(new ArrayList<>(List.of("x")));
        assertThatThrownBy(() -> env.fromData(generic)).hasMessageContaining("Generic types have been disabled");
    }

    @Test
    void anOperatorWithoutUidFailsTheJobGraph() {
        StreamExecutionEnvironment env = SinkTestEnvironments.strictEnv();
        env.fromData(1, 2, 3).uid("source-ints").name("ints").sinkTo(new DiscardingSink<>()).name("no uid");
        assertThatThrownBy(() -> env.execute("missing-uid")).hasStackTraceContaining("UID");
    }
}
