package io.tapeflow.jobs.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.operators.halt.HaltRecords;
import io.tapeflow.jobs.testing.CollectingSink;
import io.tapeflow.jobs.testing.SyntheticDay;
import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.Luld;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Trade;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.testkit.CancelLeftoverJobsExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.testutils.junit.SharedObjectsExtension;
import org.apache.flink.testutils.junit.SharedReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The property users rely on: the same day fed time-ordered (live) or sorted by ticker (flat files) through the
 * semantics graph, on a parallelism-2 MiniCluster with generic types off and strict uids, gives the same bars and
 * halts.
 */
class MarketSemanticsParityITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @RegisterExtension
    static final CancelLeftoverJobsExtension LEFTOVER_JOBS = new CancelLeftoverJobsExtension(CLUSTER);

    @RegisterExtension
    final SharedObjectsExtension shared = SharedObjectsExtension.create();

    private static SyntheticDay day;
    private static Result timeOrdered;

    @BeforeAll
    static void generate() {
        day = new SyntheticDay(42);
    }

    private record Result(List<Bar> bars, List<Halt> halts, List<Reject> rejects) {}

    private Result run(List<MarketEvent> events, RuntimeExecutionMode mode, SemanticsOptions opts) throws Exception {
        return run(events, mode, opts, false);
    }

    private Result run(List<MarketEvent> events, RuntimeExecutionMode mode, SemanticsOptions opts, boolean typed)
            throws Exception {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.AUTO_GENERATE_UIDS, false);
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(2);
        env.setRuntimeMode(mode);
        SharedReference<ConcurrentLinkedQueue<Bar>> bars = shared.add(new ConcurrentLinkedQueue<>());
        SharedReference<ConcurrentLinkedQueue<Halt>> halts = shared.add(new ConcurrentLinkedQueue<>());
        SharedReference<ConcurrentLinkedQueue<Reject>> rejects = shared.add(new ConcurrentLinkedQueue<>());

        DataStream<MarketEvent> market = env.fromData(events, Types.POJO(MarketEvent.class)).uid("test-market")
                .name("test market").setParallelism(1)
                .assignTimestampsAndWatermarks(WatermarkStrategy
                        .<MarketEvent>forBoundedOutOfOrderness(Duration.ofSeconds(1))
                        .withTimestampAssigner((e, t) -> e.eventTimeMillis()))
                .uid("test-market-watermarks").setParallelism(1);
        DataStream<News> news = env.fromData(day.news, Types.POJO(News.class)).uid("test-news").setParallelism(1)
                .assignTimestampsAndWatermarks(WatermarkStrategy.<News>forMonotonousTimestamps()
                        .withTimestampAssigner((n, t) -> n.publishedUtc))
                .uid("test-news-watermarks").setParallelism(1);

        SemanticsStreams s = typed
                ? MarketSemantics.apply(
                        market.filter(e -> e.kind == EventKind.TRADE).uid("test-t").map(e -> e.trade)
                                .returns(Types.POJO(Trade.class)).uid("test-t-map"),
                        market.filter(e -> e.kind == EventKind.QUOTE).uid("test-q").map(e -> e.quote)
                                .returns(Types.POJO(Quote.class)).uid("test-q-map"),
                        market.filter(e -> e.kind == EventKind.LULD).uid("test-l").map(e -> e.luld)
                                .returns(Types.POJO(Luld.class)).uid("test-l-map"),
                        market.filter(e -> e.kind == EventKind.AGGREGATE).uid("test-a").map(e -> e.aggregate)
                                .returns(Types.POJO(Aggregate.class)).uid("test-a-map"),
                        news, opts)
                : MarketSemantics.apply(market, news, opts);
        s.bars().sinkTo(new CollectingSink<>(bars)).uid("test-bars");
        s.halts().sinkTo(new CollectingSink<>(halts)).uid("test-halts");
        s.rejects().sinkTo(new CollectingSink<>(rejects)).uid("test-rejects");
        env.execute("semantics parity");
        return new Result(new ArrayList<>(bars.get()), new ArrayList<>(halts.get()), new ArrayList<>(rejects.get()));
    }

    private Result timeOrdered() throws Exception {
        if (timeOrdered == null) timeOrdered = run(day.timeOrdered(), RuntimeExecutionMode.STREAMING, new SemanticsOptions());
        return timeOrdered;
    }

    @Test
    void tickerSortedInputGivesTheSameBarsAndHaltsAsTimeOrderedInput() throws Exception {
        Result live = timeOrdered();
        // flat files sorted by ticker: the watermark runs ahead of the ticker being read, so it must not move clocks
        SemanticsOptions backfill = new SemanticsOptions();
        backfill.advanceOnWatermark = false;
        Result flat = run(day.tickerSorted(), RuntimeExecutionMode.STREAMING, backfill);

        assertThat(live.rejects()).isEmpty();
        assertThat(flat.rejects()).isEmpty();
        assertThat(sorted(flat.bars())).isEqualTo(sorted(live.bars()));
        assertThat(finalHalts(flat.halts())).isEqualTo(finalHalts(live.halts()));
    }

    @Test
    void batchExecutionGivesTheSameBarsAndHalts() throws Exception {
        Result live = timeOrdered();
        Result batch = run(day.tickerSorted(), RuntimeExecutionMode.BATCH, new SemanticsOptions());

        assertThat(sorted(batch.bars())).isEqualTo(sorted(live.bars()));
        assertThat(finalHalts(batch.halts())).isEqualTo(finalHalts(live.halts()));
    }

    @Test
    void separateTypedStreamsReleasedOnTheWatermarkGiveTheSameBarsAndHalts() throws Exception {
        // four streams reach the keyed operators on different channels: only the watermark orders them safely
        SemanticsOptions watermarkOnly = new SemanticsOptions();
        watermarkOnly.keyLagMs = -1;
        Result live = timeOrdered();
        Result typed = run(day.timeOrdered(), RuntimeExecutionMode.STREAMING, watermarkOnly, true);

        assertThat(typed.rejects()).isEmpty();
        assertThat(sorted(typed.bars())).isEqualTo(sorted(live.bars()));
        assertThat(finalHalts(typed.halts())).isEqualTo(finalHalts(live.halts()));
    }

    @Test
    void theGeneratedDayHasTheHaltsItWasBuiltFor() throws Exception {
        Map<String, Halt> halts = finalHalts(timeOrdered().halts());

        assertThat(halts.values()).extracting(h -> h.ticker + " " + h.type + " " + h.direction + " " + h.status
                + " " + h.evidence).containsExactlyInAnyOrder(
                        "NSDQ LULD_PAUSE UP RESUMED OBSERVED",
                        "NYSE1 LULD_PAUSE UP RESUMED OBSERVED",
                        "NEWZ NEWS NONE RESUMED OBSERVED",
                        "BNCE LULD_PAUSE UP RETRACTED INFERRED");
        Halt nsdq = byTicker(halts, "NSDQ");
        assertThat(nsdq.strengthConfirmed).isTrue();
        assertThat(nsdq.reopenPrice).isEqualTo(55.50);
        assertThat(byTicker(halts, "NYSE1").weaknessConfirmed).isTrue();
        Halt newz = byTicker(halts, "NEWZ");
        assertThat(newz.newsIds).containsExactly("n-after", "n-before");
        assertThat(newz.strengthConfirmed || newz.weaknessConfirmed).isFalse();
        assertThat(timeOrdered().bars()).filteredOn(b -> b.ticker.equals("ILLQ") && b.timeframe.equals("1d"))
                .hasSize(1);
    }

    private static Halt byTicker(Map<String, Halt> halts, String ticker) {
        return halts.values().stream().filter(h -> h.ticker.equals(ticker)).findFirst().orElseThrow();
    }

    private static List<Bar> sorted(List<Bar> bars) {
        List<Bar> l = new ArrayList<>(bars);
        l.sort(Comparator.comparing(Bar::id).thenComparingInt(b -> b.revision));
        return l;
    }

    /** The latest version of each halt, ignoring the processing-time field and the revision counter. */
    private static Map<String, Halt> finalHalts(List<Halt> halts) {
        List<Halt> l = new ArrayList<>(halts);
        l.sort(Comparator.comparing((Halt h) -> h.haltId).thenComparingInt(h -> h.revision));
        Map<String, Halt> m = new LinkedHashMap<>();
        for (Halt h : l) {
            Halt c = HaltRecords.copy(h);
            c.updatedAt = 0;
            c.revision = 0;
            m.put(c.haltId, c);
        }
        return m;
    }
}
