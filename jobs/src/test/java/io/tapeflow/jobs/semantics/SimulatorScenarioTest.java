package io.tapeflow.jobs.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.operators.bars.BarBuilder;
import io.tapeflow.jobs.operators.halt.HaltDetector;
import io.tapeflow.jobs.testing.Harnesses;
import io.tapeflow.simulator.scenario.HaltSpec;
import io.tapeflow.simulator.scenario.MarketGenerator;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import io.tapeflow.simulator.scenario.ScriptedHalt;
import io.tapeflow.simulator.wire.SimEvent;
import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.polygon.codec.FrameHandler;
import io.tapeflow.sources.polygon.codec.PolygonFrameDecoder;
import io.tapeflow.sources.polygon.codec.StatusMessage;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulator's demo day, rendered to wire JSON, decoded by the production decoder and run through the halt
 * detector, against the simulator's ground truth: every scripted halt found with its type and direction, start
 * and resumption within a second, no halt invented; and the same by type and direction without LULD messages.
 */
class SimulatorScenarioTest {
    private static MarketGenerator generator;
    private static List<MarketEvent> events;

    @BeforeAll
    static void generate() {
        // the demo's kinds of scripted events on every tape, on a short, thin day to keep the test fast
        List<HaltSpec> script = List.of(
                new HaltSpec(HaltSpec.Kind.LULD_PAUSE, HaltSpec.Direction.UP, 3, LocalTime.of(9, 50)),
                new HaltSpec(HaltSpec.Kind.LULD_PAUSE, HaltSpec.Direction.DOWN, 1, LocalTime.of(10, 5)),
                new HaltSpec(HaltSpec.Kind.LULD_PAUSE, HaltSpec.Direction.UP, 2, LocalTime.of(10, 20)),
                new HaltSpec(HaltSpec.Kind.NEWS, HaltSpec.Direction.NONE, 3, LocalTime.of(9, 55)),
                new HaltSpec(HaltSpec.Kind.LIMIT_STATE_ONLY, HaltSpec.Direction.DOWN, 3, LocalTime.of(10, 10)));
        generator = new MarketGenerator(ScenarioSpec.basic(5, 5).withTimes(LocalTime.of(9, 29), LocalTime.of(10, 40))
                .withRateScale(0.1).withHalts(script));
        events = new ArrayList<>();
        PolygonFrameDecoder decoder = new PolygonFrameDecoder("sim");
        FrameHandler collect = new FrameHandler() {
            @Override
            public void onEvent(MarketEvent event) {
                events.add(event);
            }

            @Override
            public void onStatus(StatusMessage status) {}

            @Override
            public void onReject(Reject reject) {
                throw new AssertionError("the decoder rejected a simulator frame: " + reject.reason + " " + reject.raw);
            }
        };
        long n = 0;
        for (SimEvent e = generator.next(); e != null; e = generator.next()) {
            decoder.decode("[" + e.jsonText() + "]", ++n, collect);
        }
        assertThat(n).isGreaterThan(1000);
    }

    private static Map<String, Halt> detect(List<MarketEvent> market) throws Exception {
        SemanticsOptions opts = new SemanticsOptions();
        opts.tier1Tickers = generator.tickers().stream().filter(p -> p.tier() == 1).map(p -> p.ticker())
                .toArray(String[]::new);
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Halt> h = Harnesses.open(new HaltDetector(opts));
        long max = Long.MIN_VALUE;
        int n = 0;
        for (MarketEvent m : market) {
            TickerEvent e;
            switch (m.kind) {
                case TRADE: e = TickerEvent.of(m.trade); break;
                case QUOTE: e = TickerEvent.of(m.quote); break;
                case LULD: e = TickerEvent.of(m.luld); break;
                default: continue;
            }
            Harnesses.feed(h, e);
            max = Math.max(max, e.eventTimeMillis());
            if (++n % 500 == 0) h.processWatermark(max - 2001);
        }
        // the simulator serves each news halt's story over REST; here it arrives late, after the market
        for (ScriptedHalt x : generator.script()) {
            if (x.newsId() != null) {
                Harnesses.feed(h, TickerEvent.news(x.ticker(), x.newsId(), x.newsPublishedNs() / 1_000_000L));
            }
        }
        h.processWatermark(Long.MAX_VALUE);
        Map<String, Halt> latest = new TreeMap<>();
        for (Halt x : h.extractOutputValues()) latest.put(x.haltId, x);
        h.close();
        return latest;
    }

    private static void assertMatchesTheScript(Map<String, Halt> found, boolean exactDirection) {
        List<ScriptedHalt> halts = generator.script().stream().filter(ScriptedHalt::isHalt).toList();
        assertThat(halts).isNotEmpty();
        assertThat(found.values()).as("no halt invented, none missed").hasSameSizeAs(halts);
        for (ScriptedHalt s : halts) {
            Halt h = found.values().stream().filter(x -> x.ticker.equals(s.ticker())).findFirst()
                    .orElseThrow(() -> new AssertionError("no halt found for " + s));
            String type = s.kind() == HaltSpec.Kind.NEWS ? "NEWS" : "LULD_PAUSE";
            assertThat(h.type).as(s.toString()).isEqualTo(type);
            if (exactDirection) {
                assertThat(h.direction).as(s.toString()).isEqualTo(s.direction().name());
            } else {
                assertThat(h.direction).as(s.toString()).isIn(s.direction().name(), "NONE");
            }
            assertThat(Math.abs(h.startTs - s.haltStartNs())).as(s + " start").isLessThanOrEqualTo(1_000_000_000L);
            assertThat(h.status).as(s.toString()).isEqualTo("RESUMED");
            if (s.newsId() != null) assertThat(h.newsIds).as(s.toString()).containsExactly(s.newsId());
            assertThat(Math.abs(h.endTs - s.resumeNs())).as(s + " end").isLessThanOrEqualTo(1_000_000_000L);
        }
    }

    @Test
    void minuteBarsFromTradesMatchTheSimulatorsOwnMinuteAggregates() throws Exception {
        // Given the simulator's AM bars (latest re-send per minute), built by its own implementation of the rules
        Map<String, Aggregate> am = new TreeMap<>();
        List<TickerEvent> trades = new ArrayList<>();
        for (MarketEvent m : events) {
            if (m.kind == EventKind.AGGREGATE && Aggregate.MINUTE.equals(m.aggregate.timeframe)) {
                am.put(m.aggregate.ticker + ":1m:" + m.aggregate.startMs, m.aggregate);
            } else if (m.kind == EventKind.TRADE) {
                trades.add(TickerEvent.of(m.trade));
            }
        }
        // When the trades alone go through the bar builder (late prints included, in feed order)
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Bar> h =
                Harnesses.open(new BarBuilder(new SemanticsOptions()));
        Harnesses.feed(h, trades);
        h.processWatermark(Long.MAX_VALUE);
        Map<String, Bar> bars = new TreeMap<>();
        for (Bar b : h.extractOutputValues()) if (b.timeframe.equals("1m")) bars.put(b.id(), b);
        h.close();

        // Then every minute has the same bar in both (the generator stops at 10:40 before sending 10:39's AM)
        long lastMinute = generator.clock().ns(LocalTime.of(10, 39)) / 1_000_000L;
        bars.values().removeIf(b -> b.start >= lastMinute);
        assertThat(am).isNotEmpty();
        assertThat(bars.keySet()).isEqualTo(am.keySet());
        for (Map.Entry<String, Bar> e : bars.entrySet()) {
            Aggregate a = am.get(e.getKey());
            Bar b = e.getValue();
            assertThat(new double[] {b.open, b.high, b.low, b.close, b.volume}).as(e.getKey())
                    .containsExactly(a.open, a.high, a.low, a.close, a.volume);
            assertThat(b.vwap).as(e.getKey() + " vwap").isCloseTo(a.vwap, org.assertj.core.api.Assertions.within(1e-4));
            // WebSocket AM carries no trade count (its z is the average size): compare when the source has one
            if (a.trades > 0) assertThat(b.trades).as(e.getKey()).isEqualTo(a.trades);
        }
    }

    @Test
    void theLiveFeedFindsEveryScriptedHaltAndNothingElse() throws Exception {
        assertMatchesTheScript(detect(events), true);
    }

    /**
     * Without LULD messages (flat files) the bands are computed from the trades per HALTS.md section 1. The
     * simulator freezes its published bands during a scripted run-up (its reference would follow the price), so a
     * computed band can sit a few cents past the pinned NBBO: the pause is then still found from the primary's
     * quote condition 43, but its direction may be unknown (NONE) — never the wrong one.
     */
    @Test
    void flatFilesWithoutLuldMessagesFindTheSameHalts() throws Exception {
        List<MarketEvent> noLuld = events.stream().filter(m -> m.kind != EventKind.LULD).toList();

        assertMatchesTheScript(detect(noLuld), false);
    }
}
