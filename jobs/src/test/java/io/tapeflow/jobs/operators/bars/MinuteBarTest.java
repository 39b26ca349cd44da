package io.tapeflow.jobs.operators.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.semantics.TickerEvent;
import io.tapeflow.jobs.testing.Harnesses;
import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** 1m bars by the consolidated update rules of every condition, and minute-aggregate precedence. */
class MinuteBarTest extends BarBuilderTestBase {

    @Test
    void allUpdatingTradesSetOhlcVolumeVwapAndCount() throws Exception {
        List<Bar> out = run(events(m.trade("10:00:05", 10.00, 100), m.trade("10:00:10", 10.50, 200, 14, 41),
                m.trade("10:00:20", 9.80, 100, 0), m.trade("10:00:50", 10.20, 100)), m.ms("10:01:00"));

        Bar b = tf(out, "1m").get(0);
        assertThat(b.start).isEqualTo(m.ms("10:00:00"));
        assertThat(b.end).isEqualTo(m.ms("10:01:00"));
        assertThat(new double[] {b.open, b.high, b.low, b.close}).containsExactly(10.00, 10.50, 9.80, 10.20);
        assertThat(b.volume).isEqualTo(500);
        assertThat(b.vwap).isCloseTo((1000 + 2100 + 980 + 1020) / 500.0, within(1e-9));
        assertThat(b.trades).isEqualTo(4);
        assertThat(b.dayVolume).isEqualTo(500);
        assertThat(b.dayVwap).isCloseTo(b.vwap, within(1e-9));
        assertThat(b.rvol).isNull();
        assertThat(b.tradingDay).isEqualTo("2024-03-12");
        assertThat(b.revision).isZero();
        assertThat(b.id()).isEqualTo("XYZ:1m:" + m.ms("10:00:00"));
    }

    @Test
    void volumeOnlyTradesAddVolumeAndVwapButNotOhlc() throws Exception {
        List<Bar> out = run(events(m.trade("10:00:05", 10.00, 100), m.trade("10:00:06", 12.00, 50, 37),
                m.trade("10:00:07", 8.00, 50, 2)), m.ms("10:01:00"));

        Bar b = tf(out, "1m").get(0);
        assertThat(new double[] {b.open, b.high, b.low, b.close}).containsExactly(10.0, 10.0, 10.0, 10.0);
        assertThat(b.volume).isEqualTo(200);
        assertThat(b.vwap).isCloseTo(10.0, within(1e-9));
        assertThat(b.trades).isEqualTo(3);
    }

    @Test
    void tradesThatMayUpdateNothingAreIgnored() throws Exception {
        List<Bar> out = run(events(m.trade("10:00:05", 10.00, 100), m.trade("10:00:06", 11.00, 5000, 15),
                m.trade("10:00:07", 12.00, 5000, 0, 16)), m.ms("10:01:00"));

        Bar b = tf(out, "1m").get(0);
        assertThat(b.high).isEqualTo(10.0);
        assertThat(b.volume).isEqualTo(100);
        assertThat(b.trades).isEqualTo(1);
    }

    @Test
    void aTradeUpdatesAFieldOnlyIfEveryConditionAllowsIt() throws Exception {
        // sweep + odd lot = volume only; derivatively priced = high/low but not open/close
        List<Bar> out = run(events(m.trade("10:00:05", 10.00, 100), m.trade("10:00:06", 11.00, 50, 14, 37),
                m.trade("10:00:07", 10.40, 100, 10), m.trade("10:00:08", 10.10, 100)), m.ms("10:01:00"));

        Bar b = tf(out, "1m").get(0);
        assertThat(new double[] {b.open, b.high, b.low, b.close}).containsExactly(10.0, 10.40, 10.0, 10.10);
        assertThat(b.volume).isEqualTo(350);
    }

    @Test
    void extendedHoursFormTTradesMakeMinuteBars() throws Exception {
        List<Bar> out = run(events(m.trade("08:00:05", 9.50, 100, 12), m.trade("08:00:06", 9.60, 100, 12, 37)),
                m.ms("08:01:00"));

        Bar b = tf(out, "1m").get(0);
        assertThat(b.open).isEqualTo(9.50);
        assertThat(b.close).isEqualTo(9.50);
        assertThat(b.volume).isEqualTo(200);
    }

    @Test
    void aMinuteWithOnlyVolumeOnlyTradesHasNoBarButItsVolumeReachesTheDayTotals() throws Exception {
        List<Bar> out = run(events(m.trade("10:00:05", 10.00, 100, 37), m.trade("10:01:05", 11.00, 100)),
                m.ms("10:02:00"));

        assertThat(tf(out, "1m")).hasSize(1);
        Bar b = tf(out, "1m").get(0);
        assertThat(b.start).isEqualTo(m.ms("10:01:00"));
        assertThat(b.volume).isEqualTo(100);
        assertThat(b.dayVolume).isEqualTo(200);
        assertThat(b.dayVwap).isCloseTo(10.50, within(1e-9));
    }

    @Test
    void tradeBuiltBarsWinOverMinuteAggregatesWhichFillMinutesWithoutOne() throws Exception {
        List<Bar> out = run(events(m.trade("10:00:05", 10.00, 100), m.minuteAgg("10:00", 9, 12, 8, 11, 999, 9),
                m.minuteAgg("10:01", 10.1, 10.3, 10.0, 10.2, 700, 7), m.trade("10:02:05", 10.00, 40, 37),
                m.minuteAgg("10:02", 10.2, 10.4, 10.1, 10.3, 500, 5)), m.ms("10:03:00"));

        List<Bar> minutes = tf(out, "1m");
        assertThat(minutes).hasSize(3);
        assertThat(minutes.get(0).open).isEqualTo(10.00);
        assertThat(minutes.get(0).volume).isEqualTo(100);
        assertThat(new double[] {minutes.get(1).open, minutes.get(1).high, minutes.get(1).low, minutes.get(1).close})
                .containsExactly(10.1, 10.3, 10.0, 10.2);
        assertThat(minutes.get(1).volume).isEqualTo(700);
        assertThat(minutes.get(1).trades).isEqualTo(7);
        // the aggregate covers the odd lots of its minute: its volume replaces theirs in the day total
        assertThat(minutes.get(2).volume).isEqualTo(500);
        assertThat(minutes.get(2).dayVolume).isEqualTo(1300);
    }

    @Test
    void aLateMinuteAggregateRevisesNothingWhenTradesBuiltTheMinuteAndFillsAMinuteWithoutABar() throws Exception {
        // Given a trade-built 10:00 bar already emitted and an empty 10:01
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Bar> h = harness(
                new io.tapeflow.jobs.semantics.SemanticsOptions());
        Harnesses.feed(h, m.trade("10:00:05", 10.00, 100), m.trade("10:02:05", 10.10, 100));
        h.processWatermark(m.ms("10:02:30"));
        int emitted = h.extractOutputValues().size();

        // When the feed's aggregates for both minutes arrive late
        Harnesses.feed(h, m.minuteAgg("10:00", 9, 12, 8, 11, 999, 9), m.minuteAgg("10:01", 10.0, 10.2, 9.9, 10.1, 50, 2));

        // Then only the empty minute gets a bar (revision 0), and the 10:00 bar is left alone
        List<Bar> added = h.extractOutputValues().subList(emitted, h.extractOutputValues().size());
        assertThat(added).extracting(Bar::id, x -> x.revision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("XYZ:1m:" + m.ms("10:01:00"), 0));
        assertThat(added.get(0).volume).isEqualTo(50);
        assertThat(added.get(0).dayVolume).isEqualTo(150);
        h.close();
    }

    @Test
    void arrivalOrderWithinTheLagDoesNotChangeTheBar() throws Exception {
        TickerEvent a = m.trade("10:00:05.100", 10.00, 100);
        TickerEvent b = m.trade("10:00:05.200", 10.30, 100);
        TickerEvent c = m.trade("10:00:05.300", 10.10, 100);

        List<Bar> ordered = run(events(a, b, c), m.ms("10:01:00"));
        List<Bar> shuffled = run(events(c, a, b), m.ms("10:01:00"));

        assertThat(shuffled).isEqualTo(ordered);
        assertThat(ordered.get(0).open).isEqualTo(10.00);
        assertThat(ordered.get(0).close).isEqualTo(10.10);
    }

    @Test
    void aRestoredBuilderFinishesTheMinuteItWasBuilding() throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Bar> before = harness(
                new io.tapeflow.jobs.semantics.SemanticsOptions());
        Harnesses.feed(before, m.trade("10:00:05", 10.00, 100));
        OperatorSubtaskState snapshot = before.snapshot(1L, 1L);
        before.close();

        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Bar> after = Harnesses.open(
                new BarBuilder(new io.tapeflow.jobs.semantics.SemanticsOptions()), snapshot);
        Harnesses.feed(after, m.trade("10:00:30", 11.00, 300));
        after.processWatermark(m.ms("10:01:00"));

        Bar b = tf(after.extractOutputValues(), "1m").get(0);
        assertThat(b.open).isEqualTo(10.00);
        assertThat(b.close).isEqualTo(11.00);
        assertThat(b.volume).isEqualTo(400);
        after.close();
    }
}
