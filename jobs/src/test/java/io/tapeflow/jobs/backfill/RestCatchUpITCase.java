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
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.testutils.junit.SharedObjectsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code live --catch-up-source rest}: yesterday's minute aggregates over REST, then today's WebSocket feed, warm
 * the state exactly as the same aggregates from flat files do: today's bars (RVOL included) and halts are equal.
 */
class RestCatchUpITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());

    @RegisterExtension
    final SharedObjectsExtension shared = SharedObjectsExtension.create();

    @Test
    void restHistoryWarmsTheLiveJobLikeFlatFileHistory(@TempDir Path dir) throws Exception {
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
            run(today, flat, history, viaRest, null, dir.resolve("sp-rest"));
            run(today, flat, history, viaFlatFiles, LocalFlatFileStore.checked(flat), dir.resolve("sp-flat"));
        }

        // Then today's bars are the same, with an RVOL from yesterday's history
        Map<String, String> restBars = todays(viaRest.records(Datasets.BARS), day);
        assertThat(restBars.values()).anyMatch(b -> !b.contains("rvol=null"));
        assertThat(ParityRuns.differences(restBars, todays(viaFlatFiles.records(Datasets.BARS), day))).isEmpty();
        // and so are today's halts
        assertThat(todaysHalts(viaRest.records(Datasets.HALTS), day)).isNotEmpty()
                .isEqualTo(todaysHalts(viaFlatFiles.records(Datasets.HALTS), day));
    }

    private static void run(ScenarioSpec today, Path flat, PolygonSimulator history, CollectingOutputs out,
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

    private static List<String> todaysHalts(List<Halt> halts, LocalDate day) {
        return ParityRuns.finalHalts(halts).values().stream().filter(h -> day.toString().equals(h.tradingDay))
                .map(h -> h.ticker + " " + h.type + " " + h.direction + " " + h.startTs + " " + h.endTs).toList();
    }
}
