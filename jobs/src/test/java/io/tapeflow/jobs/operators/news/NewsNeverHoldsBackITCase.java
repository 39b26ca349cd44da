package io.tapeflow.jobs.operators.news;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.jobs.semantics.TickerEvent;
import io.tapeflow.jobs.testing.CollectingSink;
import io.tapeflow.sources.model.Trade;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.testutils.junit.SharedObjectsExtension;
import org.apache.flink.testutils.junit.SharedReference;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The news channel of the halt detector neither holds the market's watermark back nor pushes it ahead: a market that
 * printed five trades and fell silent (its source goes idle) next to an endless news stream dated far in the future
 * leaves the keyed operator's watermark exactly at the market's last trade, and an event-time timer one day out never
 * fires (with a far-future news watermark it would, the moment the market went idle).
 */
class NewsNeverHoldsBackITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @RegisterExtension
    final SharedObjectsExtension shared = SharedObjectsExtension.create();

    private static final long T0 = 1_710_511_200_000L; // 2024-03-15 10:00 New York
    private static final long DAY = 86_400_000L;
    private static final String FIRED = "timer fired";

    private static TickerEvent trade(long index) {
        Trade t = new Trade();
        t.ticker = "AAA";
        t.sipTs = (T0 + index * 1_000L) * 1_000_000L;
        t.price = 10;
        t.size = 100;
        return TickerEvent.of(t);
    }

    /** Records the operator's watermark at every element; a timer one day after the first trade marks a jump. */
    static final class WatermarkProbe extends KeyedProcessFunction<String, TickerEvent, String> {
        @Override
        public void processElement(TickerEvent e, Context ctx, Collector<String> out) {
            ctx.timerService().registerEventTimeTimer(T0 + DAY);
            out.collect((e.kind == TickerEvent.NEWS ? "news " : "trade ") + ctx.timerService().currentWatermark());
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) {
            out.collect(FIRED);
        }
    }

    @Test
    void aSilentMarketKeepsItsWatermarkWhileFarFutureNewsKeepsFlowing() throws Exception {
        // Given five trades one second apart, then silence (an idle source after 200 ms) ...
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        SharedReference<ConcurrentLinkedQueue<String>> seen = shared.add(new ConcurrentLinkedQueue<>());
        DataStream<TickerEvent> market = env.fromSource(new DataGeneratorSource<>(NewsNeverHoldsBackITCase::trade,
                        Long.MAX_VALUE, RateLimiterStrategy.perCheckpoint(5), Types.POJO(TickerEvent.class)),
                WatermarkStrategy.<TickerEvent>forMonotonousTimestamps()
                        .withTimestampAssigner((e, ts) -> e.eventTimeMillis()).withIdleness(Duration.ofMillis(200)),
                "market");
        // ... and news published ten days ahead (a backfill loading news first), twenty items a second, forever
        DataStream<TickerEvent> news = env.fromSource(new DataGeneratorSource<>(
                        i -> TickerEvent.news("AAA", "n" + i, T0 + 10 * DAY + i), Long.MAX_VALUE,
                        RateLimiterStrategy.perSecond(20), Types.POJO(TickerEvent.class)),
                WatermarkStrategy.noWatermarks(), "news")
                .assignTimestampsAndWatermarks(NewsNeverHoldsBack.strategy());
        market.union(news).keyBy(e -> e.ticker, Types.STRING).process(new WatermarkProbe()).returns(Types.STRING)
                .sinkTo(new CollectingSink<>(seen));

        // When it runs until 40 news items (two seconds, ten idleness periods) came after the market's watermark
        // reached its last trade
        JobClient job = env.executeAsync("news never holds back");
        String lastTradeWatermark = "news " + (T0 + 4_000L - 1);
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && seen.get().stream().filter(lastTradeWatermark::equals).count() < 40
                    && !seen.get().contains(FIRED)) {
                Thread.sleep(50);
            }
        } finally {
            job.cancel().get();
        }

        // Then the watermark reached the last trade (news did not hold it back) and never went beyond (nor led it)
        List<String> observed = List.copyOf(seen.get());
        assertThat(observed).doesNotContain(FIRED);
        assertThat(observed.stream().filter(lastTradeWatermark::equals)).hasSizeGreaterThanOrEqualTo(40);
        assertThat(observed.stream().filter(s -> s.startsWith("news ")).map(s -> Long.parseLong(s.substring(5))))
                .allMatch(wm -> wm <= T0 + 4_000L - 1);
    }
}
