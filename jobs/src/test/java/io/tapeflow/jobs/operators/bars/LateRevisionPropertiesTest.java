package io.tapeflow.jobs.operators.bars;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.semantics.SemanticsOptions;
import io.tapeflow.jobs.semantics.TickerEvent;
import io.tapeflow.jobs.testing.Harnesses;
import io.tapeflow.jobs.testing.Market;
import io.tapeflow.sources.model.Reject;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;

/**
 * Late trades converge: after revisions, the latest version of every bar equals what the same accepted trades give
 * when they arrive in order (rejected ones excluded).
 */
class LateRevisionPropertiesTest {
    private static final int[][] CONDITIONS = {{}, {}, {14, 41}, {37}, {38}, {15}};

    @Property(tries = 25)
    void latestRevisionsEqualTheInOrderResultOfTheAcceptedTrades(@ForAll long seed) throws Exception {
        Random r = new Random(seed);
        Market m = new Market("XYZ");
        List<TickerEvent> trades = new ArrayList<>();
        for (long s = 10 * 3600; s < 10 * 3600 + 40 * 60; s += 1 + r.nextInt(20)) {
            trades.add(m.trade(LocalTime.ofSecondOfDay(s).toString() + (s % 60 == 0 ? ":00" : ""),
                    10 + r.nextInt(200) / 100.0, 1 + r.nextInt(300), CONDITIONS[r.nextInt(CONDITIONS.length)]));
        }
        // arrival: some trades delayed by up to 150 s (past the 60 s lateness for a few), and always one regular
        // trade late enough to miss its closed minute yet within the lateness, so every try exercises a revision
        int forced = -1;
        for (int i = 0; i < trades.size() && forced < 0; i++) {
            long secondOfMinute = (trades.get(i).eventTimeMillis() / 1000) % 60;
            if (secondOfMinute >= 20 && secondOfMinute <= 50 && trades.get(i).trade.conditions.length == 0) {
                forced = i;
            }
        }
        List<long[]> arrival = new ArrayList<>();
        for (int i = 0; i < trades.size(); i++) {
            long delay = i == forced ? 45_000 : r.nextInt(8) == 0 ? r.nextInt(150_000) : 0;
            arrival.add(new long[] {trades.get(i).eventTimeMillis() + delay, i});
        }
        arrival.sort(Comparator.comparingLong((long[] a) -> a[0]).thenComparingLong(a -> a[1]));

        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Bar> h =
                Harnesses.open(new BarBuilder(new SemanticsOptions()));
        long max = Long.MIN_VALUE;
        for (long[] a : arrival) {
            TickerEvent e = trades.get((int) a[1]);
            h.processElement(new StreamRecord<>(e, e.eventTimeMillis()));
            max = Math.max(max, a[0]);
            h.processWatermark(max - 1001);
        }
        h.processWatermark(Long.MAX_VALUE);
        Map<String, Bar> revised = latest(h.extractOutputValues());
        Set<String> rejected = new HashSet<>();
        if (h.getSideOutput(BarBuilder.REJECTS) != null) {
            for (StreamRecord<Reject> x : h.getSideOutput(BarBuilder.REJECTS)) rejected.add(x.getValue().raw);
        }
        h.close();

        List<TickerEvent> accepted = new ArrayList<>();
        for (TickerEvent e : trades) if (!rejected.contains(e.trade.toString())) accepted.add(e);
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Bar> ref =
                Harnesses.open(new BarBuilder(new SemanticsOptions()));
        Harnesses.feed(ref, accepted);
        ref.processWatermark(Long.MAX_VALUE);
        Map<String, Bar> inOrder = latest(ref.extractOutputValues());
        ref.close();

        assertThat(revised.values()).as("late trades revised something").anyMatch(b -> b.revision > 0);
        assertThat(revised.keySet()).isEqualTo(inOrder.keySet());
        for (String id : inOrder.keySet()) {
            Bar a = revised.get(id), b = inOrder.get(id);
            assertThat(new double[] {a.open, a.high, a.low, a.close, a.volume, a.dayVolume}).as(id)
                    .containsExactly(b.open, b.high, b.low, b.close, b.volume, b.dayVolume);
            assertThat(a.trades).as(id).isEqualTo(b.trades);
            assertThat(a.vwap).as(id).isCloseTo(b.vwap, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(a.dayVwap).as(id).isCloseTo(b.dayVwap, org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    private static Map<String, Bar> latest(List<Bar> bars) {
        Map<String, Bar> m = new TreeMap<>();
        for (Bar b : bars) m.merge(b.id(), b, (x, y) -> y.revision > x.revision ? y : x);
        return m;
    }
}
