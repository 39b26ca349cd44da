package io.tapeflow.jobs.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.jobs.mapping.Datasets;
import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.operators.halt.HaltRecords;
import io.tapeflow.jobs.testing.CollectingOutputs;
import io.tapeflow.simulator.flatfiles.FlatFileWriter;
import io.tapeflow.simulator.scenario.MarketPlan;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import io.tapeflow.sources.polygon.flatfiles.store.LocalFlatFileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.testutils.junit.SharedObjectsExtension;
import org.apache.flink.testutils.junit.SharedReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backfill whose reading task fails in the middle of a trades file and is restarted gives exactly the bars and halts
 * of a clean run: every version of every key once, none missing (BATCH region failover re-reads the failed region's
 * files; the keyed operators only start once every file has been read).
 */
class BackfillFailoverITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());

    @RegisterExtension
    final SharedObjectsExtension shared = SharedObjectsExtension.create();

    @Test
    void aTaskFailureMidFileGivesTheSameBarsAndHaltsAsACleanRun(@TempDir Path dir) throws Exception {
        // Given the parity scenario's day as flat files
        ScenarioSpec spec = BackfillParityITCase.scenario();
        MarketPlan plan = MarketPlan.of(spec);
        new FlatFileWriter(plan).write(dir);
        String[] tier1 = plan.tickers().stream().filter(p -> p.tier() == 1).map(p -> p.ticker()).toArray(String[]::new);
        long tradesFileBytes = Files.size(dir.resolve(FlatFileDataset.STOCKS_TRADES.key(spec.date())));

        // When one backfill runs cleanly and another loses its reading task halfway through the trades file
        CollectingOutputs clean = run(ParityRuns.spec(dir, spec.date()), tier1);
        SharedReference<AtomicBoolean> failed = shared.add(new AtomicBoolean());
        BackfillSpec failing = ParityRuns.spec(dir, spec.date());
        failing.store = new FailingOnceStore(LocalFlatFileStore.checked(dir), "trades_v1", tradesFileBytes / 2, failed);
        CollectingOutputs recovered = run(failing, tier1);

        // Then the failure happened, and every version of every bar and halt is there exactly once
        assertThat(failed.get().get()).as("the injected failure happened").isTrue();
        List<String> cleanBars = bars(clean);
        assertThat(cleanBars).isNotEmpty();
        assertThat(bars(recovered)).isEqualTo(cleanBars);
        List<String> cleanHalts = halts(clean);
        assertThat(cleanHalts).isNotEmpty();
        assertThat(halts(recovered)).isEqualTo(cleanHalts);
    }

    private CollectingOutputs run(BackfillSpec spec, String[] tier1) throws Exception {
        spec.pipeline.semantics.tier1Tickers = tier1;
        StreamExecutionEnvironment env = ParityRuns.env(2);
        org.apache.flink.configuration.Configuration restart = new org.apache.flink.configuration.Configuration();
        restart.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        restart.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 2);
        restart.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, java.time.Duration.ofMillis(100));
        env.configure(restart);
        CollectingOutputs out = new CollectingOutputs(shared);
        BackfillJob.define(env, spec, out);
        env.execute("backfill failover");
        return out;
    }

    /** Every bar version (revision included), sorted: duplicates and losses both show. */
    private static List<String> bars(CollectingOutputs out) {
        return out.records(Datasets.BARS).stream().map(b -> ParityRuns.fields(b) + " rev=" + b.revision).sorted()
                .toList();
    }

    /** Every halt version without its processing-time field, sorted. */
    private static List<String> halts(CollectingOutputs out) {
        return out.records(Datasets.HALTS).stream().map(h -> {
            Halt c = HaltRecords.copy(h);
            c.updatedAt = 0;
            return c + " " + c.status + " " + c.evidence + " " + c.bandLower + "/" + c.bandUpper + " "
                    + c.reopenPrice + " " + c.strengthConfirmed + c.weaknessConfirmed;
        }).sorted().toList();
    }
}
