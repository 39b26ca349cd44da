package io.tapeflow.jobs.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.jobs.mapping.Datasets;
import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.testing.CollectingOutputs;
import io.tapeflow.simulator.PolygonSimulator;
import io.tapeflow.simulator.scenario.HaltSpec;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import io.tapeflow.simulator.scenario.ScriptedHalt;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.testutils.junit.SharedObjectsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The property users rely on, at the job level: the simulator's scripted day served as a live WebSocket session and
 * the same day written as flat files and backfilled give the same bars and the same halts by type and direction, with
 * {@code start_ts} within one second (flat files carry no LULD messages: bands are computed, HALTS.md section 4).
 */
class BackfillParityITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());

    @RegisterExtension
    final SharedObjectsExtension shared = SharedObjectsExtension.create();

    /**
     * A short demo session: two LULD pauses (up on tape 3, down on tape 1) and a limit state that ends. It starts
     * before the open: computed bands need the session's opening print and every trade since (a window starting
     * mid-session lacks the trades the published bands were computed from).
     */
    static ScenarioSpec scenario() {
        return ScenarioSpec.demo(11, 8).withRateScale(0.1).withTimes(LocalTime.of(9, 29), LocalTime.of(10, 16)).withHalts(List.of(
                new HaltSpec(HaltSpec.Kind.LULD_PAUSE, HaltSpec.Direction.UP, 3, LocalTime.of(9, 50)),
                new HaltSpec(HaltSpec.Kind.LULD_PAUSE, HaltSpec.Direction.DOWN, 1, LocalTime.of(10, 0)),
                new HaltSpec(HaltSpec.Kind.LIMIT_STATE_ONLY, HaltSpec.Direction.UP, 2, LocalTime.of(9, 55))));
    }

    @Test
    void liveAndBackfillOfTheSameDayGiveTheSameBarsAndHalts(@TempDir Path dir) throws Exception {
        // Given the simulator's day, as a WebSocket feed at full speed and as flat files
        ScenarioSpec spec = scenario();
        LocalDate day = spec.date();
        Path flat = dir.resolve("flatfiles");
        CollectingOutputs live = new CollectingOutputs(shared);
        CollectingOutputs backfill = new CollectingOutputs(shared);
        String[] tier1;
        List<String> scripted;
        try (PolygonSimulator sim = PolygonSimulator.builder().port(0).scenario(spec).speed(0).start()) {
            sim.writeFlatFiles(flat);
            long trades = ParityRuns.rows(flat, FlatFileDataset.STOCKS_TRADES, day);
            tier1 = ParityRuns.tier1(sim);
            scripted = sim.script().stream().filter(ScriptedHalt::isHalt)
                    .map(h -> h.ticker() + " " + h.kind() + " " + h.direction()).toList();

            // When the live job reads the feed and the backfill job reads the files
            long t0 = System.nanoTime();
            ParityRuns.runLive(sim, live, trades, dir.resolve("savepoints"));
            System.out.printf("parity: live %d trades in %d ms%n", trades, (System.nanoTime() - t0) / 1_000_000);
        }
        long t1 = System.nanoTime();
        ParityRuns.runBackfill(flat, day, tier1, backfill, 2);
        System.out.printf("parity: backfill in %d ms%n", (System.nanoTime() - t1) / 1_000_000);

        // Then the bars are the same
        Map<String, String> liveBars = ParityRuns.barFields(live.records(Datasets.BARS));
        assertThat(liveBars).isNotEmpty();
        Map<String, String> backBars = ParityRuns.barFields(backfill.records(Datasets.BARS));
        assertThat(ParityRuns.differences(backBars, liveBars)).isEmpty();
        System.out.printf("parity: %d bars, %d equal only after rounding the VWAPs to 10 digits%n", liveBars.size(),
                ParityRuns.roundedOnly(live.records(Datasets.BARS), backfill.records(Datasets.BARS)));
        // and so are the halts (the scripted ones), by ticker, type and direction, starting within a second
        List<Halt> liveHalts = List.copyOf(ParityRuns.finalHalts(live.records(Datasets.HALTS)).values());
        List<Halt> backHalts = List.copyOf(ParityRuns.finalHalts(backfill.records(Datasets.HALTS)).values());
        assertThat(liveHalts).extracting(h -> h.ticker + " " + h.type + " " + h.direction)
                .containsExactlyInAnyOrderElementsOf(scripted);
        assertThat(backHalts).extracting(h -> h.ticker + " " + h.type + " " + h.direction)
                .containsExactlyElementsOf(liveHalts.stream().map(h -> h.ticker + " " + h.type + " " + h.direction)
                        .toList());
        for (int i = 0; i < liveHalts.size(); i++) {
            assertThat(backHalts.get(i).startTs).as("start of %s", liveHalts.get(i).haltId)
                    .isCloseTo(liveHalts.get(i).startTs, org.assertj.core.data.Offset.offset(1_000_000_000L));
        }
    }
}
