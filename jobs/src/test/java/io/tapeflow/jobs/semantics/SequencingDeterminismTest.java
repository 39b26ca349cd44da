package io.tapeflow.jobs.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.operators.bars.BarBuilder;
import io.tapeflow.jobs.operators.halt.HaltDetector;
import io.tapeflow.jobs.operators.halt.HaltRecords;
import io.tapeflow.jobs.testing.Harnesses;
import io.tapeflow.jobs.testing.Market;
import io.tapeflow.jobs.testing.SyntheticDay;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.News;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** Same events, different arrival: time-ordered, ticker-sorted, locally shuffled, news first — same output. */
class SequencingDeterminismTest {
    private final SyntheticDay day = new SyntheticDay(11);

    private static List<TickerEvent> toEvents(List<MarketEvent> market, List<News> news, boolean newsFirst) {
        List<TickerEvent> out = new ArrayList<>();
        for (MarketEvent m : market) {
            switch (m.kind) {
                case TRADE: out.add(TickerEvent.of(m.trade)); break;
                case QUOTE: out.add(TickerEvent.of(m.quote)); break;
                case LULD: out.add(TickerEvent.of(m.luld)); break;
                default: out.add(TickerEvent.of(m.aggregate)); break;
            }
        }
        List<TickerEvent> n = new ArrayList<>();
        for (News x : news) for (String t : x.tickers) n.add(TickerEvent.news(t, x.id, x.publishedUtc));
        if (newsFirst) {
            n.addAll(out);
            return n;
        }
        out.addAll(n);
        out.sort(Comparator.comparingLong((TickerEvent e) -> e.ts));
        return out;
    }

    /** Feeds events with a bounded-out-of-orderness watermark (max seen - 1 s) every 200 events, then the end. */
    private static <O> List<O> run(KeyedProcessFunction<String, TickerEvent, O> fn, List<TickerEvent> events)
            throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, O> h = Harnesses.open(fn);
        long max = Long.MIN_VALUE;
        int n = 0;
        for (TickerEvent e : events) {
            Harnesses.feed(h, e);
            if (e.kind != TickerEvent.NEWS) max = Math.max(max, e.eventTimeMillis());
            if (++n % 200 == 0 && max > Long.MIN_VALUE) h.processWatermark(max - 1001);
        }
        h.processWatermark(Long.MAX_VALUE);
        List<O> out = new ArrayList<>(h.extractOutputValues());
        h.close();
        return out;
    }

    private static List<Halt> canonicalHalts(List<Halt> halts) {
        return halts.stream().map(h -> {
            Halt c = HaltRecords.copy(h);
            c.updatedAt = 0;
            return c;
        }).sorted(Comparator.comparing((Halt h) -> h.haltId).thenComparingInt(h -> h.revision))
                .collect(Collectors.toList());
    }

    private static List<Bar> canonicalBars(List<Bar> bars) {
        List<Bar> l = new ArrayList<>(bars);
        l.sort(Comparator.comparing(Bar::id).thenComparingInt(b -> b.revision));
        return l;
    }

    @Test
    void tickerSortedInputWithARunawayWatermarkMatchesTimeOrderedInput() throws Exception {
        List<TickerEvent> live = toEvents(day.timeOrdered(), day.news, false);
        List<TickerEvent> flat = toEvents(day.tickerSorted(), day.news, true);
        SemanticsOptions backfill = new SemanticsOptions();
        backfill.advanceOnWatermark = false;

        List<Halt> liveHalts = run(new HaltDetector(new SemanticsOptions()), live);
        List<Halt> flatHalts = run(new HaltDetector(backfill), flat);
        List<Bar> liveBars = run(new BarBuilder(new SemanticsOptions()), live);
        List<Bar> flatBars = run(new BarBuilder(backfill), flat);

        assertThat(liveHalts).isNotEmpty();
        assertThat(canonicalHalts(flatHalts)).isEqualTo(canonicalHalts(liveHalts));
        assertThat(canonicalBars(flatBars)).isEqualTo(canonicalBars(liveBars));
    }

    @Test
    void flatFilesWithoutLuldMessagesFindTheSameHaltsByTypeAndDirectionWithinOneSecond() throws Exception {
        // HALTS.md section 4: the backfill has trades and quotes only, so bands are computed, not published
        List<MarketEvent> noLuld = day.timeOrdered().stream()
                .filter(m -> m.kind != io.tapeflow.sources.model.EventKind.LULD).collect(Collectors.toList());
        List<Halt> live = latest(run(new HaltDetector(new SemanticsOptions()), toEvents(day.timeOrdered(), day.news,
                false)));
        List<Halt> flat = latest(run(new HaltDetector(new SemanticsOptions()), toEvents(noLuld, day.news, false)));

        assertThat(flat).hasSameSizeAs(live);
        for (int i = 0; i < live.size(); i++) {
            Halt l = live.get(i), f = flat.get(i);
            assertThat(f.ticker + " " + f.type + " " + f.direction).isEqualTo(l.ticker + " " + l.type + " " + l.direction);
            assertThat(Math.abs(f.startTs - l.startTs)).isLessThanOrEqualTo(1_000_000_000L);
        }
        // the Nasdaq pause is observed live (LULD 17) and inferred from the flat files
        assertThat(live).filteredOn(h -> h.ticker.equals("NSDQ")).extracting(h -> h.evidence).containsExactly("OBSERVED");
        assertThat(flat).filteredOn(h -> h.ticker.equals("NSDQ")).extracting(h -> h.evidence).containsExactly("INFERRED");
    }

    private static List<Halt> latest(List<Halt> revisions) {
        java.util.Map<String, Halt> m = new java.util.TreeMap<>();
        for (Halt h : revisions) m.put(h.haltId, h);
        return new ArrayList<>(m.values());
    }

    @Test
    void disorderWithinTheKeyLagDoesNotChangeAnything() throws Exception {
        List<TickerEvent> ordered = toEvents(day.timeOrdered(), day.news, false);
        List<TickerEvent> shuffled = new ArrayList<>(ordered);
        Random r = new Random(3);
        // swap neighbours less than 500 ms apart: arrival disorder well inside the default 2 s lag
        for (int i = 0; i + 1 < shuffled.size(); i++) {
            if (shuffled.get(i + 1).ts - shuffled.get(i).ts < 500_000_000L && r.nextBoolean()) {
                Collections.swap(shuffled, i, i + 1);
                i++;
            }
        }
        assertThat(shuffled).isNotEqualTo(ordered);

        assertThat(canonicalHalts(run(new HaltDetector(new SemanticsOptions()), shuffled)))
                .isEqualTo(canonicalHalts(run(new HaltDetector(new SemanticsOptions()), ordered)));
        assertThat(canonicalBars(run(new BarBuilder(new SemanticsOptions()), shuffled)))
                .isEqualTo(canonicalBars(run(new BarBuilder(new SemanticsOptions()), ordered)));
    }

    @Test
    void withoutWatermarkAdvanceOnlyTheTickersOwnEventsAndTheEndOfInputMoveItsClock() throws Exception {
        // Given ticker-sorted settings and a limit state at 10:00:00
        Market m = new Market("XYZ");
        SemanticsOptions backfill = new SemanticsOptions();
        backfill.advanceOnWatermark = false;
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Halt> h = Harnesses.open(new HaltDetector(backfill));
        Harnesses.feed(h, m.trade("09:30:00", 10, 100, 25), m.quote("10:00:00", 11.00, 11.01, 0));

        // When a watermark from another ticker's evening passes, nothing happens
        h.processWatermark(m.ms("19:00:00"));
        assertThat(h.extractOutputValues()).isEmpty();
        // and a later quote of the ticker that ends the limit state in time is still on time
        Harnesses.feed(h, m.quote("10:00:10", 10.90, 10.95, 0));
        h.processWatermark(Long.MAX_VALUE);

        // Then no pause was invented
        assertThat(h.extractOutputValues()).isEmpty();
        h.close();
    }

    @Test
    void theEndOfInputFlushesAPendingDeadlineWithoutWatermarkAdvance() throws Exception {
        Market m = new Market("XYZ");
        SemanticsOptions backfill = new SemanticsOptions();
        backfill.advanceOnWatermark = false;
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Halt> h = Harnesses.open(new HaltDetector(backfill));
        Harnesses.feed(h, m.trade("09:30:00", 10, 100, 25), m.quote("10:00:00", 11.00, 11.01, 0));

        h.processWatermark(Long.MAX_VALUE);

        assertThat(h.extractOutputValues()).extracting(x -> x.startTs).containsExactly(m.ns("10:00:15"));
        h.close();
    }
}
