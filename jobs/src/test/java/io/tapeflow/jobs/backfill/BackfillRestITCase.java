package io.tapeflow.jobs.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.jobs.mapping.Datasets;
import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.testing.CollectingOutputs;
import io.tapeflow.simulator.PolygonSimulator;
import io.tapeflow.simulator.SimulatorBuilder;
import io.tapeflow.simulator.scenario.HaltSpec;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import io.tapeflow.simulator.scenario.ScriptedHalt;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import io.tapeflow.sources.polygon.rest.ApiKeySupplier;
import io.tapeflow.sources.polygon.rest.PolygonRestClientFactory;
import io.tapeflow.sources.polygon.rest.RestClientConfig;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.testutils.junit.SharedObjectsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backfill --source rest --news}: minute aggregates from the REST API give the same 1m bars as the same
 * aggregates from flat files, and the range's news items reach the {@code news} dataset.
 */
class BackfillRestITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());

    @RegisterExtension
    final SharedObjectsExtension shared = SharedObjectsExtension.create();

    @Test
    void restAggregatesGiveTheBarsOfFlatFileAggregatesAndNewsArrives(@TempDir Path dir) throws Exception {
        // Given the simulator's day with a news halt, served over REST and written as flat files
        List<HaltSpec> halts = new ArrayList<>(BackfillParityITCase.scenario().halts());
        halts.add(new HaltSpec(HaltSpec.Kind.NEWS, HaltSpec.Direction.NONE, 3, LocalTime.of(10, 5)));
        ScenarioSpec spec = BackfillParityITCase.scenario().withHalts(halts);
        CollectingOutputs rest = new CollectingOutputs(shared);
        CollectingOutputs flat = new CollectingOutputs(shared);
        List<String> newsIds;
        try (PolygonSimulator sim = PolygonSimulator.builder().port(0).scenario(spec).speed(0).start()) {
            sim.writeFlatFiles(dir);
            newsIds = sim.script().stream().map(ScriptedHalt::newsId).filter(Objects::nonNull).toList();
            String[] tickers = sim.market().plan().tickers().stream().map(p -> p.ticker()).toArray(String[]::new);

            // When one backfill reads REST aggregates and news, another the flat-file minute aggregates
            BackfillSpec restSpec = ParityRuns.spec(dir, spec.date());
            restSpec.input = BackfillSpec.Input.REST;
            restSpec.tickers = tickers;
            restSpec.news = true;
            restSpec.rest = PolygonRestClientFactory.okHttp(RestClientConfig.builder().baseUrl(sim.restUrl()).build(),
                    ApiKeySupplier.ofStatic(SimulatorBuilder.DEFAULT_TEST_KEY));
            run(restSpec, rest);
        }
        BackfillSpec flatSpec = ParityRuns.spec(dir, spec.date());
        flatSpec.datasets = new FlatFileDataset[] {FlatFileDataset.STOCKS_MINUTE_AGGS};
        run(flatSpec, flat);

        // Then the bars are the same but for the VWAPs: REST aggregates carry a VWAP, flat-file ones do not
        List<Bar> restBars = rest.records(Datasets.BARS);
        assertThat(restBars).isNotEmpty();
        assertThat(ParityRuns.differences(withoutVwaps(restBars), withoutVwaps(flat.records(Datasets.BARS)))).isEmpty();
        // and the scripted news item arrived
        assertThat(newsIds).isNotEmpty();
        assertThat(rest.records(Datasets.NEWS)).extracting((News n) -> n.id).containsAll(newsIds);
    }

    private static java.util.Map<String, String> withoutVwaps(List<Bar> bars) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        ParityRuns.barFields(bars).forEach((k, v) -> out.put(k, v.replaceAll(" d?vw=\\S+", "")));
        return out;
    }

    private static void run(BackfillSpec spec, CollectingOutputs out) throws Exception {
        StreamExecutionEnvironment env = ParityRuns.env(2);
        BackfillJob.define(env, spec, out);
        env.execute("rest backfill");
    }
}
