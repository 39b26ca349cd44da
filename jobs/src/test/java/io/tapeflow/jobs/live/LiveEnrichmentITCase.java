package io.tapeflow.jobs.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.jobs.cli.ApiKeys;
import io.tapeflow.jobs.mapping.Datasets;
import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.testing.CollectingOutputs;
import io.tapeflow.simulator.PolygonSimulator;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import io.tapeflow.simulator.scenario.TickerProfile;
import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.Gap;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.model.TickerDetails;
import io.tapeflow.sources.polygon.rest.AggregatesQuery;
import io.tapeflow.sources.polygon.rest.ApiKeySupplier;
import io.tapeflow.sources.polygon.rest.OkHttpPolygonRestClient;
import io.tapeflow.sources.polygon.rest.PolygonRestClient;
import io.tapeflow.sources.polygon.rest.RestClientConfig;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The live job against the simulator, subscribed to {@code *} like the demo, with three forced disconnects, REST
 * on: every gap comes out opened and then repaired (for the tickers seen trading), the minutes the feed lost have bars built from the REST minute aggregates, every subscribed ticker
 * has its details, news is polled and joins its halt, and the run (news polling included) ends by itself at
 * {@code --until}. That news never holds back the halt detector's clock is NewsNeverHoldsBackITCase's.
 */
class LiveEnrichmentITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final ZoneId NY = ZoneId.of("America/New_York");
    private static final LocalDate DAY = LocalDate.of(2024, 3, 15);
    private static PolygonSimulator sim;
    private static CollectingOutputs outputs;
    private static String[] tickers;
    private static boolean finished;
    private static final LocalTime UNTIL = LocalTime.of(10, 22);

    @BeforeAll
    static void runTheLiveJobThroughDisconnects() throws Exception {
        // 09:29-10:40 of the demo day (LULD pauses from 09:50, a news halt at 10:20) at 180x until 10:22
        ScenarioSpec scenario = ScenarioSpec.demo(7, 8).withDate(DAY).withTimes(LocalTime.of(9, 29), LocalTime.of(10, 40));
        sim = PolygonSimulator.builder().port(0).scenario(scenario).speed(180).start();
        tickers = sim.market().tickers().stream().map(TickerProfile::ticker).toArray(String[]::new);
        LiveSpec spec = new LiveSpec();
        spec.wsUrl = sim.wsUrl();
        spec.restUrl = sim.restUrl();
        spec.apiKeyEnv = null;
        spec.fixedApiKey = ApiKeys.SIMULATOR_KEY;
        spec.tickers = new String[] {"*"}; // like the demo: gaps name no tickers, news is one feed per vendor
        spec.newsFromMs = DAY.atTime(scenario.start()).atZone(NY).toInstant().toEpochMilli() - 3_600_000L;
        spec.newsPollEvery = Duration.ofMillis(500);
        spec.pipeline.archiveRaw = false;
        spec.untilNs = DAY.atTime(UNTIL).atZone(NY).toInstant().toEpochMilli() * 1_000_000L;

        Configuration conf = new Configuration();
        conf.set(PipelineOptions.AUTO_GENERATE_UIDS, false);
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(2);
        outputs = new CollectingOutputs();
        LiveJob.define(env, spec, outputs);
        JobClient job = env.executeAsync("live enrichment");
        try {
            // three disconnects in the first ~10 s (market 09:29-10:00), none near the news halt at 10:20
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (sim.eventsSent() == 0 && System.nanoTime() < deadline) Thread.sleep(50);
            for (int i = 0; i < 3; i++) {
                Thread.sleep(2_000);
                int opened = sim.connectionsOpened();
                sim.dropAllNow();
                while (sim.connectionsOpened() == opened && System.nanoTime() < deadline) Thread.sleep(50);
            }
            // the run ends by itself at --until: the WebSocket source stops, news polling ends with it
            job.getJobExecutionResult().get(120, TimeUnit.SECONDS);
            finished = true;
        } finally {
            if (!finished) job.cancel().get();
        }
    }

    @AfterAll
    static void stopSimulator() {
        if (sim != null) sim.close();
        if (outputs != null) outputs.clear();
    }

    private static List<Gap> repaired() {
        return outputs.get(Datasets.GAPS).stream().filter(g -> g.revision == 1 && g.repaired)
                .collect(Collectors.toList());
    }

    private static Halt newsHalt() {
        return outputs.get(Datasets.HALTS).stream().filter(h -> h.newsIds != null && h.newsIds.length > 0)
                .findFirst().orElse(null);
    }

    @Test
    void everyDropOpensAGapThatComesOutOpenedThenRepaired() {
        // Given the run above; When grouping gap versions by key
        List<Gap> gaps = outputs.get(Datasets.GAPS);
        Map<String, List<Integer>> revisions = gaps.stream().collect(Collectors.groupingBy(Gap::id,
                Collectors.mapping(g -> g.revision, Collectors.toList())));

        // Then each gap is revision 0 then 1, and every revision 1 is repaired with a time and no note
        assertThat(repaired()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(g -> assertThat(g.repairedAt).isPositive())
                .allSatisfy(g -> assertThat(g.repairNote).isNull());
        assertThat(revisions.values()).allSatisfy(r -> assertThat(r).containsExactly(0, 1));
        assertThat(gaps).filteredOn(g -> g.revision == 1).allSatisfy(g -> assertThat(g.repaired).isTrue());
    }

    @Test
    void minutesLostInsideAGapHaveBarsEqualToTheRestMinuteAggregates() throws Exception {
        // Given the latest 1m bar per ticker and minute
        Map<String, Bar> minuteBars = new HashMap<>();
        for (Bar b : outputs.get(Datasets.BARS)) {
            Bar seen = minuteBars.get(b.ticker + "@" + b.start);
            if ("1m".equals(b.timeframe) && (seen == null || seen.revision < b.revision)) {
                minuteBars.put(b.ticker + "@" + b.start, b);
            }
        }

        // When comparing every minute wholly inside a repaired gap (no trade of it reached the job) with REST
        int checked = 0;
        try (PolygonRestClient rest = new OkHttpPolygonRestClient(RestClientConfig.builder().baseUrl(sim.restUrl())
                .build(), ApiKeySupplier.ofStatic(ApiKeys.SIMULATOR_KEY))) {
            for (Gap g : repaired()) {
                long fromMs = g.startTs / 1_000_000L;
                long toMs = g.endTs / 1_000_000L;
                for (String t : tickers) {
                    for (Aggregate a : PolygonRestClient.allPages(c ->
                            rest.aggregates(new AggregatesQuery(t, Aggregate.MINUTE, DAY, DAY), c)).items()) {
                        if (a.startMs <= fromMs || a.startMs + 60_000L > toMs) continue;
                        Bar bar = minuteBars.get(t + "@" + a.startMs);

                        // Then the job has that minute's bar, built from the REST aggregate
                        assertThat(bar).as("1m bar of %s at %d, lost in gap %s", t, a.startMs, g.id()).isNotNull();
                        assertThat(bar.volume).isEqualTo(a.volume);
                        assertThat(bar.close).isEqualTo(a.close);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("minutes wholly inside repaired gaps").isPositive();
    }

    @Test
    void everySubscribedTickerHasItsDetailsOnceForTheSimulatedDay() {
        // Given the run above; When reading the tickers dataset
        List<TickerDetails> details = outputs.get(Datasets.TICKERS);

        // Then one record per subscribed ticker, as of the simulated day
        assertThat(details).extracting(d -> d.ticker).containsExactlyInAnyOrder(tickers);
        assertThat(details).allSatisfy(d -> assertThat(d.asOf).isEqualTo(DAY.toString()));
    }

    @Test
    void newsIsPolledAndJoinsItsHaltAndTheRunEndsAtUntil() {
        // Given the run above, which finished by itself (news polling included)
        assertThat(finished).isTrue();
        List<News> news = outputs.get(Datasets.NEWS);
        Set<String> newsIds = news.stream().map(n -> n.id).collect(Collectors.toSet());

        // When looking for a halt that carries news ids
        Halt halt = newsHalt();

        // Then it exists and names polled news
        assertThat(news).isNotEmpty();
        assertThat(halt).as("the 10:20 news halt, joined with its news").isNotNull();
        assertThat(newsIds).contains(halt.newsIds);
    }
}
