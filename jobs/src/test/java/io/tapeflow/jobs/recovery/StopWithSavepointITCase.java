package io.tapeflow.jobs.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.tapeflow.simulator.PolygonSimulator;
import io.tapeflow.simulator.SimulatorBuilder;
import io.tapeflow.sources.polygon.rest.PolygonRestClientFactory;
import io.tapeflow.sources.polygon.rest.RestClientConfig;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.testutils.junit.SharedObjectsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stop with a savepoint, restore, continue: the whole STREAMING pipeline stopped mid-input with stop-with-savepoint
 * (no drain: timers and buffered events stay in the savepoint), then the same job graph restored from it and run to
 * the end, leaves every Parquet dataset and every MongoDB collection exactly as one uninterrupted run does.
 */
class StopWithSavepointITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());

    @RegisterExtension
    final SharedObjectsExtension shared = SharedObjectsExtension.create();

    @Test
    void stoppingWithASavepointAndRestoringGivesTheOutputsOfAnUninterruptedRun(@TempDir Path dir) throws Exception {
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        String uri = "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort();
        try (PolygonSimulator sim = PolygonSimulator.builder().port(0).scenario(ReplayInput.scenario()).speed(0)
                .start()) {
            // Given two simulated days as flat files with bad rows, and the simulator's REST for ticker details
            long rows = ReplayInput.write(sim, dir.resolve("flat"), 0.01, 0.5, 0.99).total();
            PolygonRestClientFactory rest = PolygonRestClientFactory.okHttp(
                    RestClientConfig.builder().baseUrl(sim.restUrl()).build(), () -> SimulatorBuilder.DEFAULT_TEST_KEY);
            ReplayRuns.Run input = new ReplayRuns.Run(dir.resolve("flat"), sim.scenario().date(),
                    ReplayInput.tier1(sim), rest, null, uri, null);

            // When one run goes through uninterrupted
            StreamExecutionEnvironment env = ReplayRuns.env(0);
            ReplayRuns.define(env, input.writingTo(dir.resolve("uninterrupted"), "uninterrupted"),
                    Interruptions.none(shared));
            env.executeAsync("uninterrupted").getJobExecutionResult().get(2, TimeUnit.MINUTES);
            // and another is stopped with a savepoint (no drain) once it has read a third of the input
            ReplayRuns.Run resumed = input.writingTo(dir.resolve("resumed"), "resumed");
            Interruptions hold = Interruptions.holdAfter(shared, rows / 3);
            env = ReplayRuns.env(0);
            ReplayRuns.define(env, resumed, hold);
            JobClient first = env.executeAsync("until the savepoint");
            long readBefore = hold.log().held().get(2, TimeUnit.MINUTES);
            String savepoint = first.stopWithSavepoint(false, dir.resolve("savepoints").toUri().toString(),
                    SavepointFormatType.CANONICAL).get(2, TimeUnit.MINUTES);
            first.getJobExecutionResult().get(2, TimeUnit.MINUTES);
            // and the same graph, restored from the savepoint, reads the rest
            Interruptions afterRestore = Interruptions.none(shared);
            env = ReplayRuns.env(0, savepoint);
            ReplayRuns.define(env, resumed, afterRestore);
            env.executeAsync("from the savepoint").getJobExecutionResult().get(2, TimeUnit.MINUTES);

            // Then the restored job started where the stopped one held: together they read the input once
            assertThat(readBefore).isEqualTo(rows / 3);
            assertThat(afterRestore.log().records()).isEqualTo(rows - readBefore);
            // and every dataset and collection holds what the uninterrupted run's holds
            PipelineOutputs uninterrupted = PipelineOutputs.read(dir.resolve("uninterrupted"), uri, "uninterrupted");
            Outcomes.assertSubstantial(uninterrupted);
            Outcomes.assertSame(PipelineOutputs.read(dir.resolve("resumed"), uri, "resumed"), uninterrupted);
        } finally {
            mongo.shutdownNow();
        }
    }
}
