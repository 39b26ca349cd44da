package io.tapeflow.jobs.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import io.tapeflow.jobs.testing.CountingMongoBackend;
import io.tapeflow.simulator.PolygonSimulator;
import io.tapeflow.simulator.SimulatorBuilder;
import io.tapeflow.sources.polygon.rest.PolygonRestClientFactory;
import io.tapeflow.sources.polygon.rest.RestClientConfig;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.testutils.junit.SharedObjectsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once end to end: the STREAMING pipeline, killed twice mid-run (a task failure, each after a checkpoint
 * completed since the previous restore, with records read and MongoDB upserts made past that checkpoint), restarts
 * from its last checkpoint and leaves every Parquet dataset and every MongoDB collection exactly as a clean run of
 * the same input does.
 */
class ExactlyOnceFailoverITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());

    @RegisterExtension
    final SharedObjectsExtension shared = SharedObjectsExtension.create();

    @Test
    void twoTaskFailuresLeaveEveryDatasetAndCollectionEqualToACleanRun(@TempDir Path dir) throws Exception {
        CountingMongoBackend backend = new CountingMongoBackend();
        MongoServer mongo = new MongoServer(backend);
        mongo.bind("127.0.0.1", 0);
        String uri = "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort();
        try (PolygonSimulator sim = PolygonSimulator.builder().port(0).scenario(ReplayInput.scenario()).speed(0)
                .start()) {
            // Given two simulated days as flat files with bad rows, and the simulator's REST for ticker details
            ReplayInput.Files files = ReplayInput.write(sim, dir.resolve("flat"), 0.01, 0.5, 0.99);
            long rows = files.total();
            long[] tickerStarts = files.dayTwoTickerStarts();
            PolygonRestClientFactory rest = PolygonRestClientFactory.okHttp(
                    RestClientConfig.builder().baseUrl(sim.restUrl()).build(), () -> SimulatorBuilder.DEFAULT_TEST_KEY);
            ReplayRuns.Run input = new ReplayRuns.Run(dir.resolve("flat"), sim.scenario().date(),
                    ReplayInput.tier1(sim), rest, null, uri, null);

            // When one run goes through cleanly
            run(input.writingTo(dir.resolve("clean"), "clean"), Interruptions.none(shared), 0);
            // and another fails twice in the second day's trades, each time just before a ticker's first trade of
            // the day (which releases the ticker's first day: its bars and halts): 20 rows before the second
            // ticker's, after a completed checkpoint and 100 rows more; restored, 20 rows before the fourth
            // ticker's, after a completed checkpoint and 100 rows more
            long first = tickerStarts[1] - 20;
            Interruptions failures = Interruptions.failures(shared, new long[] {first, tickerStarts[3] - 20 - first},
                    100);
            failures.log().countSinkWrites(() -> backend.upserts("recovered"));
            run(input.writingTo(dir.resolve("recovered"), "recovered"), failures, 2);

            // Then both failures happened, and each restore started at the checkpoint, re-reading what followed it
            AttemptLog log = failures.log();
            assertThat(log.failures()).isEqualTo(2);
            assertThat(log.firstAfterCheckpoint()).hasSize(2);
            assertThat(log.firstRecords()).hasSize(3);
            assertThat(log.firstRecords().subList(1, 3)).containsExactlyElementsOf(log.firstAfterCheckpoint());
            assertThat(log.replayed()).hasSize(2).allMatch(n -> n > 0);
            assertThat(log.records()).isEqualTo(rows + log.replayed().get(0) + log.replayed().get(1));
            // and MongoDB had upserts after each checkpoint, which the restores wrote again
            assertThat(log.writesPastCheckpoint()).hasSize(2).allMatch(n -> n > 0);
            assertThat(backend.upserts("recovered")).isGreaterThan(backend.upserts("clean"));

            // and every dataset and collection holds what the clean run's holds: nothing lost, nothing twice
            PipelineOutputs clean = PipelineOutputs.read(dir.resolve("clean"), uri, "clean");
            PipelineOutputs recovered = PipelineOutputs.read(dir.resolve("recovered"), uri, "recovered");
            Outcomes.assertSubstantial(clean);
            Outcomes.assertSame(recovered, clean);
        } finally {
            mongo.shutdownNow();
        }
    }

    private static void run(ReplayRuns.Run run, Interruptions plan, int restarts) throws Exception {
        StreamExecutionEnvironment env = ReplayRuns.env(restarts);
        ReplayRuns.define(env, run, plan);
        env.executeAsync("exactly-once " + run.mongoDb()).getJobExecutionResult().get(2, TimeUnit.MINUTES);
    }
}
