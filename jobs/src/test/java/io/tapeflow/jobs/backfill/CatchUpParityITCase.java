package io.tapeflow.jobs.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.jobs.live.LiveSpec;
import io.tapeflow.jobs.mapping.Datasets;
import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.testing.CollectingOutputs;
import io.tapeflow.simulator.PolygonSimulator;
import io.tapeflow.simulator.flatfiles.FlatFileWriter;
import io.tapeflow.simulator.scenario.MarketPlan;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import io.tapeflow.sources.polygon.flatfiles.store.LocalFlatFileStore;
import io.tapeflow.testkit.CancelLeftoverJobsExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.testutils.junit.SharedObjectsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code live --catch-up-from}: yesterday's history (flat files or REST), then today's WebSocket feed, in one job (one
 * HybridSource, one state) gives today the bars and halts a backfill of both days gives, RVOL included, so the state
 * is warm at the switch.
 */
class CatchUpParityITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());

    @RegisterExtension
    static final CancelLeftoverJobsExtension LEFTOVER_JOBS = new CancelLeftoverJobsExtension(CLUSTER);

    @RegisterExtension
    final SharedObjectsExtension shared = SharedObjectsExtension.create();

    @Test
    void catchUpThenLiveGivesTodayTheBarsAndHaltsOfABackfillOfBothDays(@TempDir Path dir) throws Exception {
        // Given yesterday as flat files (trades only: the catch-up dataset) and today as the simulator's feed and files
        // the scenario starts at 09:29, so each day has its opening print: without one, computed bands would start
        // from the previous close, and the simulator's days are unrelated price paths
        ScenarioSpec today = BackfillParityITCase.scenario();
        LocalDate day = today.date();
        LocalDate yesterday = day.minusDays(1);
        Path flat = dir.resolve("flat");
        new FlatFileWriter(MarketPlan.of(today.withDate(yesterday))).write(flat);
        Files.delete(flat.resolve(FlatFileDataset.STOCKS_QUOTES.key(yesterday)));
        Files.delete(flat.resolve(FlatFileDataset.STOCKS_MINUTE_AGGS.key(yesterday)));
        long historyTrades = ParityRuns.rows(flat, FlatFileDataset.STOCKS_TRADES, yesterday);
        CollectingOutputs caughtUp = new CollectingOutputs(shared);
        CollectingOutputs backfill = new CollectingOutputs(shared);
        String[] tier1;
        try (PolygonSimulator sim = PolygonSimulator.builder().port(0).scenario(today).speed(0).start()) {
            sim.writeFlatFiles(flat);
            tier1 = ParityRuns.tier1(sim);
            long todayTrades = ParityRuns.rows(flat, FlatFileDataset.STOCKS_TRADES, day);

            // When the live job catches up on yesterday and then reads today's feed
            LiveSpec live = ParityRuns.liveSpec(sim);
            live.pipeline.semantics.rvolDays = 1;
            live.catchUpStore = LocalFlatFileStore.checked(flat);
            live.catchUpFrom = yesterday;
            live.catchUpTo = yesterday;
            ParityRuns.runLive(live, sim, caughtUp, historyTrades + todayTrades, dir.resolve("savepoints"));
        }
        // and a backfill reads both days
        BackfillSpec both = ParityRuns.spec(flat, day);
        both.from = yesterday;
        both.pipeline.semantics.tier1Tickers = tier1;
        both.pipeline.semantics.rvolDays = 1;
        StreamExecutionEnvironment env = ParityRuns.env(2);
        BackfillJob.define(env, both, backfill);
        env.execute("catch-up reference backfill");

        // Then today's bars are the same, with an RVOL from yesterday's history
        Map<String, String> liveBars = todays(caughtUp.records(Datasets.BARS), day);
        assertThat(liveBars.values()).anyMatch(b -> !b.contains("rvol=null"));
        assertThat(ParityRuns.differences(todays(backfill.records(Datasets.BARS), day), liveBars)).isEmpty();
        // and so are today's halts by ticker, type and direction, starting within a second
        List<Halt> liveHalts = todaysHalts(caughtUp.records(Datasets.HALTS), day);
        List<Halt> backHalts = todaysHalts(backfill.records(Datasets.HALTS), day);
        assertThat(liveHalts).isNotEmpty();
        assertThat(backHalts).extracting(h -> h.ticker + " " + h.type + " " + h.direction)
                .containsExactlyElementsOf(liveHalts.stream().map(h -> h.ticker + " " + h.type + " " + h.direction)
                        .toList());
        for (int i = 0; i < liveHalts.size(); i++) {
            assertThat(Math.abs(backHalts.get(i).startTs - liveHalts.get(i).startTs)).isLessThanOrEqualTo(1_000_000_000L);
        }
    }

    /**
     * {@code --catch-up-source rest}: yesterday's minute aggregates over REST warm the state exactly as the same
     * aggregates from flat files do: today's bars (RVOL included) and halts are equal.
     */
    @Test
    void restHistoryWarmsTheLiveJobLikeFlatFileMinuteAggregates(@TempDir Path dir) throws Exception {
        // Given yesterday's market served over REST and written as flat files, and today's market as the feed
        ScenarioSpec today = BackfillParityITCase.scenario();
        LocalDate day = today.date();
        LocalDate yesterday = day.minusDays(1);
        Path flat = dir.resolve("flat");
        new FlatFileWriter(MarketPlan.of(today.withDate(yesterday))).write(flat);
        CollectingOutputs viaRest = new CollectingOutputs(shared);
        CollectingOutputs viaFlatFiles = new CollectingOutputs(shared);
        try (PolygonSimulator history = PolygonSimulator.builder().port(0).scenario(today.withDate(yesterday))
                .speed(0).start()) {
            // When one live job catches up from REST and another from the flat-file minute aggregates
            runMinuteCatchUp(today, flat, history, viaRest, null, dir.resolve("sp-rest"));
            runMinuteCatchUp(today, flat, history, viaFlatFiles, LocalFlatFileStore.checked(flat), dir.resolve("sp-flat"));
        }

        // Then today's bars are the same, with an RVOL from yesterday's history
        Map<String, String> restBars = todays(viaRest.records(Datasets.BARS), day);
        assertThat(restBars.values()).anyMatch(b -> !b.contains("rvol=null"));
        assertThat(ParityRuns.differences(restBars, todays(viaFlatFiles.records(Datasets.BARS), day))).isEmpty();
        // and so are today's halts
        assertThat(haltKeys(viaRest.records(Datasets.HALTS), day)).isNotEmpty()
                .isEqualTo(haltKeys(viaFlatFiles.records(Datasets.HALTS), day));
    }

    private static void runMinuteCatchUp(ScenarioSpec today, Path flat, PolygonSimulator history, CollectingOutputs out,
            LocalFlatFileStore store, Path savepoints) throws Exception {
        try (PolygonSimulator sim = PolygonSimulator.builder().port(0).scenario(today).speed(0).start()) {
            sim.writeFlatFiles(flat);
            LiveSpec live = ParityRuns.liveSpec(sim);
            live.restUrl = history.restUrl(); // news, details and history from one REST server in both runs
            live.tickers = sim.market().plan().tickers().stream().map(p -> p.ticker()).toArray(String[]::new);
            live.pipeline.semantics.rvolDays = 1;
            live.catchUpFrom = today.date().minusDays(1);
            live.catchUpTo = live.catchUpFrom;
            live.catchUpStore = store;
            live.catchUpDataset = FlatFileDataset.STOCKS_MINUTE_AGGS;
            ParityRuns.runLive(live, sim, out, ParityRuns.rows(flat, FlatFileDataset.STOCKS_TRADES, today.date()),
                    savepoints);
        }
    }

    private static Map<String, String> todays(List<Bar> bars, LocalDate day) {
        Map<String, String> out = new TreeMap<>();
        ParityRuns.barFields(bars.stream().filter(b -> day.toString().equals(b.tradingDay)).toList()).forEach(out::put);
        return out;
    }

    private static List<Halt> todaysHalts(List<Halt> halts, LocalDate day) {
        return ParityRuns.finalHalts(halts).values().stream().filter(h -> day.toString().equals(h.tradingDay)).toList();
    }

    private static List<String> haltKeys(List<Halt> halts, LocalDate day) {
        return todaysHalts(halts, day).stream()
                .map(h -> h.ticker + " " + h.type + " " + h.direction + " " + h.startTs + " " + h.endTs).toList();
    }
}
