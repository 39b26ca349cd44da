package io.tapeflow.jobs.operators.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.semantics.SemanticsOptions;
import io.tapeflow.jobs.semantics.TickerEvent;
import io.tapeflow.jobs.testing.Harnesses;
import io.tapeflow.jobs.testing.Market;
import io.tapeflow.sources.model.Reject;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** Roll-ups equal the aggregation of the 1m bars; late trades revise; too-late ones are rejected; rvol. */
class RollupAndLatenessTest extends BarBuilderTestBase {

    private static final int[][] CONDITIONS = {{}, {}, {}, {14, 41}, {37}, {12}, {2}, {10}, {15}};

    /** A seeded trading session: pre-market to after hours, gaps, odd lots, some minutes with volume only. */
    private List<TickerEvent> session(long seed) {
        Random r = new Random(seed);
        List<TickerEvent> out = new ArrayList<>();
        double px = 20;
        for (long s = 7 * 3600; s < 18 * 3600; s += 1 + r.nextInt(40)) {
            px = Math.max(1, px + (r.nextInt(21) - 10) / 100.0);
            String t = LocalTime.ofSecondOfDay(s).toString();
            out.add(m.trade(t.length() == 5 ? t + ":00" : t, px, 1 + r.nextInt(500), CONDITIONS[r.nextInt(9)]));
        }
        return out;
    }

    @Test
    void everyRollupIsExactlyTheAggregationOfItsMinuteBars() throws Exception {
        List<TickerEvent> session = session(7);
        List<Bar> out = run(session, Long.MAX_VALUE);
        List<Bar> minutes = tf(out, "1m");
        assertThat(minutes).hasSizeGreaterThan(300);

        for (String tf : new String[] {"5m", "15m", "1h", "1d"}) {
            List<Bar> rolled = tf(out, tf);
            assertThat(rolled).as(tf).isNotEmpty();
            int covered = 0;
            for (Bar r : rolled) {
                List<Bar> in = minutes.stream().filter(b -> b.start >= r.start && b.end <= r.end).toList();
                covered += in.size();
                assertThat(r.open).isEqualTo(in.get(0).open);
                assertThat(r.close).isEqualTo(in.get(in.size() - 1).close);
                assertThat(r.high).isEqualTo(in.stream().mapToDouble(b -> b.high).max().orElseThrow());
                assertThat(r.low).isEqualTo(in.stream().mapToDouble(b -> b.low).min().orElseThrow());
                assertThat(r.volume).isEqualTo(in.stream().mapToDouble(b -> b.volume).sum());
                assertThat(r.trades).isEqualTo(in.stream().mapToLong(b -> b.trades).sum());
                double pv = in.stream().mapToDouble(b -> b.vwap * b.volume).sum();
                assertThat(r.vwap).isCloseTo(pv / r.volume, within(1e-9));
                // the day volume at a bar's end counts every volume-updating trade before it, bar or no bar
                assertThat(r.dayVolume).isEqualTo(volumeBefore(session, r.end));
            }
            assertThat(covered).as(tf + " covers every 1m bar once").isEqualTo(minutes.size());
        }
        assertThat(tf(out, "1d")).hasSize(1);
        assertThat(tf(out, "1d").get(0).start).isEqualTo(m.ms("00:00:00"));
    }

    private static double volumeBefore(List<TickerEvent> trades, long endMs) {
        return trades.stream().filter(e -> e.eventTimeMillis() < endMs)
                .filter(e -> (ConditionRules.intraday(e.trade.conditions) & ConditionRules.VOLUME) != 0)
                .mapToDouble(e -> e.trade.size).sum();
    }

    @Test
    void aLateTradeWithinTheAllowedLatenessRevisesItsBarTheLaterBarsAndTheRollup() throws Exception {
        // Given bars 10:00-10:04 and the 5m bar [10:00, 10:05) emitted
        SemanticsOptions o = new SemanticsOptions();
        o.allowedLatenessMs = 120_000L;
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Bar> h = harness(o);
        for (int i = 0; i < 6; i++) Harnesses.feed(h, m.trade("10:0" + i + ":10", 10 + i, 100));
        h.processWatermark(m.ms("10:05:30"));
        int emitted = h.extractOutputValues().size();

        // When a trade of 10:03:50 arrives 100 s late
        Harnesses.feed(h, m.trade("10:03:50", 13.50, 1000));

        // Then the 10:03 bar, the 10:04 bar (its day volume moved) and the 5m bar are revised
        List<Bar> revised = new ArrayList<>(h.extractOutputValues()).subList(emitted, h.extractOutputValues().size());
        assertThat(revised).extracting(Bar::id, b -> b.revision).containsExactly(
                org.assertj.core.groups.Tuple.tuple("XYZ:1m:" + m.ms("10:03:00"), 1),
                org.assertj.core.groups.Tuple.tuple("XYZ:1m:" + m.ms("10:04:00"), 1),
                org.assertj.core.groups.Tuple.tuple("XYZ:5m:" + m.ms("10:00:00"), 1));
        assertThat(revised.get(0).volume).isEqualTo(1100);
        assertThat(revised.get(0).close).isEqualTo(13.50);
        assertThat(revised.get(1).dayVolume).isEqualTo(1500);
        assertThat(revised.get(2).volume).isEqualTo(1500);
        assertThat(rejects(h)).isEmpty();
        h.close();
    }

    @Test
    void aLateTradeWithoutVolumeRevisesOnlyItsBarAndTheRollupsHoldingIt() throws Exception {
        SemanticsOptions o = new SemanticsOptions();
        o.allowedLatenessMs = 120_000L;
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Bar> h = harness(o);
        for (int i = 0; i < 6; i++) Harnesses.feed(h, m.trade("10:0" + i + ":10", 10 + i, 100));
        h.processWatermark(m.ms("10:05:30"));
        int emitted = h.extractOutputValues().size();

        // a corrected consolidated close (38) moves high/low and last but not volume
        Harnesses.feed(h, m.trade("10:03:50", 14.00, 100, 38));

        List<Bar> revised = new ArrayList<>(h.extractOutputValues()).subList(emitted, h.extractOutputValues().size());
        assertThat(revised).extracting(Bar::id).containsExactly("XYZ:1m:" + m.ms("10:03:00"),
                "XYZ:5m:" + m.ms("10:00:00"));
        assertThat(revised.get(0).close).isEqualTo(14.00);
        assertThat(revised.get(0).volume).isEqualTo(100);
        assertThat(revised.get(1).high).isEqualTo(14.00);
        h.close();
    }

    @Test
    void aTradeLaterThanTheAllowedLatenessIsRejectedAndChangesNothing() throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Bar> h = harness(new SemanticsOptions());
        Harnesses.feed(h, m.trade("10:00:10", 10, 100), m.trade("10:05:10", 10, 100));
        h.processWatermark(m.ms("10:05:30"));
        int emitted = h.extractOutputValues().size();

        Harnesses.feed(h, m.trade("10:00:20", 11, 100));

        assertThat(h.extractOutputValues()).hasSize(emitted);
        List<Reject> rejects = rejects(h);
        assertThat(rejects).hasSize(1);
        assertThat(rejects.get(0).origin).isEqualTo("pipeline");
        assertThat(rejects.get(0).reason).contains("allowed lateness");
        assertThat(rejects.get(0).eventTimeMs).isEqualTo(m.ms("10:00:20"));
        assertThat(rejects.get(0).raw).contains("p=11.0");
        h.close();
    }

    @Test
    void aRepairedRestMinuteOlderThanTheTradeLatenessStillBuildsTheLostMinutesBar() throws Exception {
        // Given trades at 10:00 and 10:05 (the minutes between lost in a gap), the clock released to 10:05:30
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Bar> h = harness(new SemanticsOptions());
        Harnesses.feed(h, m.trade("10:00:10", 10, 100), m.trade("10:05:10", 10, 100));
        h.processWatermark(m.ms("10:05:30"));
        int emitted = h.extractOutputValues().size();

        // When gap repair brings the REST aggregate of 10:02 (3.5 min late) and a flat-file one of 10:03
        TickerEvent repaired = m.minuteAgg("10:02", 11, 12, 10.5, 11.5, 300, 4);
        repaired.aggregate.origin = "rest";
        Harnesses.feed(h, repaired, m.minuteAgg("10:03", 11, 12, 10.5, 11.5, 300, 4));

        // Then the REST minute builds the 10:02 bar; the other is still judged by the trade lateness
        List<Bar> added = h.extractOutputValues().subList(emitted, h.extractOutputValues().size());
        assertThat(tf(added, "1m")).extracting(b -> b.start).contains(m.ms("10:02")).doesNotContain(m.ms("10:03"));
        assertThat(tf(added, "1m")).filteredOn(b -> b.start == m.ms("10:02"))
                .allSatisfy(b -> assertThat(b.volume).isEqualTo(300));
        assertThat(rejects(h)).hasSize(1);
        assertThat(rejects(h).get(0).raw).contains("flatfile");
        h.close();
    }

    @Test
    void lateTradesAreJudgedPerTickerNotAgainstTheGlobalWatermark() throws Exception {
        // Given ticker-sorted input: all of ABC's day, then XYZ's morning, with the watermark far ahead
        Market abc = new Market("ABC");
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Bar> h = harness(new SemanticsOptions());
        Harnesses.feed(h, abc.trade("10:00:00", 5, 100), abc.trade("19:59:00", 5, 100));
        Harnesses.feed(h, m.trade("10:00:00", 10, 100), m.trade("10:00:30", 10, 100), m.trade("10:02:00", 10, 100));
        h.processWatermark(Long.MAX_VALUE);

        // Then XYZ's morning is not late: bars, no rejects
        assertThat(rejects(h)).isEmpty();
        assertThat(tf(h.extractOutputValues(), "1m")).filteredOn(b -> b.ticker.equals("XYZ")).hasSize(2);
        h.close();
    }

    @Test
    void rvolIsNullUntilTheBaselineCoversEnoughDaysThenTodayOverTheAverage() throws Exception {
        // Given rvol over 2 days, and three consecutive trading days
        SemanticsOptions o = new SemanticsOptions();
        o.rvolDays = 2;
        Market mon = m.on(Market.DAY.minusDays(1));
        Market wed = m.on(Market.DAY.plusDays(1));
        List<TickerEvent> e = events(mon.trade("10:00:10", 10, 100), mon.trade("12:00:00", 10, 900),
                m.trade("10:00:10", 10, 300), wed.trade("10:00:10", 10, 400), wed.trade("10:05:00", 10, 100));

        List<Bar> out = run(o, e, Long.MAX_VALUE);

        // Then Monday and Tuesday have no baseline; Wednesday 10:00-10:01 is 400 / avg(100, 300)
        List<Bar> minutes = tf(out, "1m");
        assertThat(minutes).extracting(b -> b.rvol).containsExactly(null, null, null, 2.0, 2.5);
        // the day bar compares whole days: 500 / avg(1000, 300)
        Bar wedDay = tf(out, "1d").get(2);
        assertThat(wedDay.rvol).isCloseTo(500 / 650.0, within(1e-12));
    }
}
