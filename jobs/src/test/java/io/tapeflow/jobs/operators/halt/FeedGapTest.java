package io.tapeflow.jobs.operators.halt;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.semantics.SemanticsOptions;
import io.tapeflow.jobs.semantics.TickerEvent;
import io.tapeflow.jobs.testing.Harnesses;
import io.tapeflow.jobs.testing.Market;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Market data lost in a feed gap (a reconnect): a resume signal or LULD band publications never arrive, and trades
 * after the gap must end the halt and overrule the stale published bands. XYZ opens at $10.00 and the feed publishes
 * bands 11.00 / 9.00 at 09:50.
 */
class FeedGapTest extends HaltDetectorTestBase {

    private List<TickerEvent> publishedAt0950(Market x) {
        return events(x.trade("09:30:00", 10.00, 500, 25), x.luld("09:50:00", 11.00, 9.00));
    }

    /** Quotes every second and a regular trade every {@code tradeEverySec} s, from {@code from} for {@code secs}. */
    private static void trading(List<TickerEvent> e, Market x, int fromSecOfDay, int secs, double bid, double ask,
            double price, int tradeEverySec) {
        for (int i = 0; i < secs; i++) {
            String t = java.time.LocalTime.ofSecondOfDay(fromSecOfDay + i).toString();
            if (t.length() == 5) t += ":00";
            if (i % tradeEverySec == 0) e.add(x.trade(t, Math.round(price * 100 + i % 3 - 1) / 100.0, 100));
            e.add(x.quote(t.concat(".500"), bid, ask, 0));
        }
    }

    private static int sec(String hhmmss) {
        return java.time.LocalTime.parse(hhmmss).toSecondOfDay();
    }

    /** An observed LULD pause down at 10:05:15 whose resume (quote 16 + reopening print) fell into a gap. */
    private List<TickerEvent> observedPauseWithLostResume(Market x) {
        List<TickerEvent> e = publishedAt0950(x);
        e.add(x.quote("10:05:00", 8.99, 9.00, 0));
        e.add(x.quote("10:05:15", 0, 0, 43));
        // after the gap: trades well below the stale lower band of 9.00, the offer "at" it for minutes
        trading(e, x, sec("10:12:00"), 180, 8.79, 8.81, 8.80, 5);
        return e;
    }

    @Test
    void anObservedPauseWhoseResumeWasLostEndsAtTheFirstRegularTradeAndNoSecondHaltFollows() throws Exception {
        // Given an observed pause, its resume lost in a gap, then regular trading below the stale bands
        List<TickerEvent> e = observedPauseWithLostResume(m);

        // When the market moves on
        List<Halt> out = run(e, "10:20:00");

        // Then one halt, resumed at the first trade after the gap, at its price; no pause on the stale band
        Halt h = only(out);
        assertThat(h.type).isEqualTo("LULD_PAUSE");
        assertThat(h.direction).isEqualTo("DOWN");
        assertThat(h.evidence).isEqualTo("OBSERVED");
        assertThat(h.status).isEqualTo("RESUMED");
        assertThat(h.endTs).isEqualTo(m.ns("10:12:00"));
        assertThat(h.durationMs).isEqualTo(405_000L);
        assertThat(h.reopenPrice).isEqualTo(8.79);
        assertThat(out).extracting(x -> x.status).containsExactly("HALTED", "RESUMED");
    }

    @Test
    void printsThatDoNotProveTradingResumedLeaveAnObservedHaltOpen() throws Exception {
        // Given an observed pause, then an odd lot (37, not last-sale eligible) and a print executed before the
        // pause but reported after it
        List<TickerEvent> e = events(opening(), m.quote("10:05:15", 0, 0, 43), m.trade("10:06:00", 10.10, 10, 37));
        TickerEvent lateReport = m.trade("10:07:00", 10.05, 100);
        lateReport.trade.participantTs = m.ns("10:05:14");
        e.add(lateReport);

        // When the watermark passes them
        List<Halt> out = run(e, "10:09:00");

        // Then the halt is still open
        assertThat(only(out).status).isEqualTo("HALTED");
        assertThat(out).hasSize(1);
    }

    @Test
    void tradesBeyondStalePublishedBandsKeepAnNbboAtThemFromBecomingAnInferredPause() throws Exception {
        // Given bands that moved in a gap: trades print at about 12.00 and the bid sits above the stale 11.00 for a
        // minute (an inferred pause at 10:20:15 on the stale band without the rule)
        List<TickerEvent> e = publishedAt0950(m);
        trading(e, m, sec("10:20:00"), 60, 11.98, 12.00, 12.00, 10);

        // When the watermark passes 15 s after every possible entry
        List<Halt> out = run(e, "10:21:30");

        // Then no halt
        assertThat(out).isEmpty();
    }

    @Test
    void theNextLuldPublicationRestoresPublishedBandsAfterTheyWentStale() throws Exception {
        // Given stale bands (as above), then a fresh publication 12.50 / 11.50 (computed ones would be 13.20 / 10.80)
        List<TickerEvent> e = publishedAt0950(m);
        trading(e, m, sec("10:20:00"), 60, 11.98, 12.00, 12.00, 10);
        e.add(m.luld("10:22:00", 12.50, 11.50));
        e.add(m.quote("10:22:01", 12.50, 12.51, 0));

        // When the bid sits at the published upper band for 15 s
        List<Halt> out = run(e, "10:22:30");

        // Then the inferred pause is on the published bands
        Halt h = only(out);
        assertThat(h.evidence).isEqualTo("INFERRED");
        assertThat(h.direction).isEqualTo("UP");
        assertThat(h.startTs).isEqualTo(m.ns("10:22:16"));
        assertThat(h.bandUpper).isEqualTo(12.50);
        assertThat(h.bandLower).isEqualTo(11.50);
    }

    @Test
    void anInferredPauseOnStaleBandsIsRetractedByTradesBeyondThemAndNoneFollows() throws Exception {
        // Given the bid above the stale 11.00 with no trade for 20 s: an inferred pause at 10:20:15
        List<TickerEvent> e = publishedAt0950(m);
        e.add(m.quote("10:20:00", 11.98, 12.00, 0));
        // then trades beyond its bands, and a minute of trading at about 12.00 with the bid still above 11.00
        e.add(m.trade("10:20:20", 12.00, 100));
        e.add(m.trade("10:20:25", 12.01, 100));
        trading(e, m, sec("10:20:26"), 90, 11.98, 12.00, 12.00, 5);

        List<Halt> out = run(e, "10:23:00");

        Halt h = only(out);
        assertThat(h.status).isEqualTo("RETRACTED");
        assertThat(h.startTs).isEqualTo(m.ns("10:20:15"));
        assertThat(h.endTs).isEqualTo(m.ns("10:20:25"));
        assertThat(h.haltIndexToday).isZero();
    }

    @Test
    void aGenuineLimitStateWithTradesInsideThePublishedBandsStillBecomesAnInferredPause() throws Exception {
        // Given the bid at the published upper band, prints at it and a sub-penny print over it (not a full cent)
        List<TickerEvent> e = publishedAt0950(m);
        e.add(m.quote("10:00:00", 11.00, 11.01, 0));
        e.add(m.trade("10:00:05", 11.00, 100));
        e.add(m.trade("10:00:10", 11.0050, 100));

        List<Halt> out = run(e, "10:00:30");

        Halt h = only(out);
        assertThat(h.evidence).isEqualTo("INFERRED");
        assertThat(h.status).isEqualTo("HALTED");
        assertThat(h.direction).isEqualTo("UP");
        assertThat(h.startTs).isEqualTo(m.ns("10:00:15"));
        assertThat(h.bandUpper).isEqualTo(11.00);
    }

    @Test
    void oneStrayPrintBeyondThePublishedBandsDoesNotDiscardThem() throws Exception {
        // Given published bands 10.50 / 9.50 (computed ones are 11.00 / 9.00) and one print 10 cents over them
        List<TickerEvent> e = events(opening(), m.luld("09:50:00", 10.50, 9.50), m.trade("09:59:00", 10.60, 100),
                m.quote("10:00:00", 10.50, 10.51, 0));

        List<Halt> out = run(e, "10:00:30");

        // Then the bid at the published band still becomes a pause on them
        assertThat(only(out).bandUpper).isEqualTo(10.50);
        assertThat(only(out).startTs).isEqualTo(m.ns("10:00:15"));
    }

    @ParameterizedTest(name = "trade condition {0}")
    @ValueSource(ints = {8, 9, 24, 4})
    void printsThatMayLieOutsideTheBandsDoNotMakeThemStaleNorEndALimitState(int condition) throws Exception {
        // Given published bands 10.50 / 9.50 (computed ones are 11.00 / 9.00) and the bid at the upper one, then
        // closing, cross, Rule 127 or bunched prints far over it
        List<TickerEvent> e = events(opening(), m.luld("09:50:00", 10.50, 9.50), m.quote("10:00:00", 10.50, 10.51, 0),
                m.trade("10:00:02", 10.80, 100, condition), m.trade("10:00:04", 10.80, 100, condition));

        List<Halt> out = run(e, "10:00:30");

        // Then the limit state on the published band still becomes a pause
        assertThat(only(out).bandUpper).isEqualTo(10.50);
        assertThat(only(out).startTs).isEqualTo(m.ns("10:00:15"));
    }

    @Test
    void aSingleTradeThroughTheBandOfALimitStateEndsIt() throws Exception {
        // Given the bid at the published upper band and, 5 s later, a print a cent through it
        List<Halt> out = run(events(opening(), m.luld("09:50:00", 11.00, 9.00), m.quote("10:00:00", 11.00, 11.01, 0),
                m.trade("10:00:05", 11.01, 100)), "10:01:00");

        // Then that band was not the one in effect: no pause
        assertThat(out).isEmpty();
    }

    // ---- determinism ----

    @Test
    void timeOrderedAndTickerSortedInputGiveTheSameHaltsAcrossAGap() throws Exception {
        // Given two tickers: XYZ's resume lost in a gap, ABC trading beyond stale bands after a retracted pause
        Market abc = new Market("ABC");
        List<TickerEvent> all = new ArrayList<>(observedPauseWithLostResume(m));
        List<TickerEvent> b = publishedAt0950(abc);
        b.add(abc.quote("10:20:00", 11.98, 12.00, 0));
        b.add(abc.trade("10:20:20", 12.00, 100));
        b.add(abc.trade("10:20:25", 12.01, 100));
        trading(b, abc, sec("10:20:26"), 90, 11.98, 12.00, 12.00, 5);
        all.addAll(b);
        List<TickerEvent> live = new ArrayList<>(all);
        live.sort(Comparator.comparingLong((TickerEvent x) -> x.ts).thenComparing(x -> x.ticker));
        List<TickerEvent> flat = new ArrayList<>(all);
        flat.sort(Comparator.comparing((TickerEvent x) -> x.ticker).thenComparingLong(x -> x.ts));
        SemanticsOptions backfill = opts();
        backfill.advanceOnWatermark = false;

        // When run live (watermark advance) and as a ticker-sorted backfill with a runaway watermark
        List<Halt> liveHalts = canonical(runWithWatermarks(opts(), live));
        List<Halt> flatHalts = canonical(runWithWatermarks(backfill, flat));

        // Then the same revisions
        assertThat(liveHalts).extracting(h -> h.ticker + " " + h.status)
                .containsExactly("ABC HALTED", "ABC RETRACTED", "XYZ HALTED", "XYZ RESUMED");
        assertThat(flatHalts).isEqualTo(liveHalts);
    }

    /** Feeds events with a bounded-out-of-orderness watermark (max seen - 1 s) every 50 events, then the end. */
    private static List<Halt> runWithWatermarks(SemanticsOptions o, List<TickerEvent> events) throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Halt> h = Harnesses.open(new HaltDetector(o));
        long max = Long.MIN_VALUE;
        int n = 0;
        for (TickerEvent e : events) {
            Harnesses.feed(h, e);
            max = Math.max(max, e.eventTimeMillis());
            if (++n % 50 == 0) h.processWatermark(max - 1001);
        }
        h.processWatermark(Long.MAX_VALUE);
        List<Halt> out = new ArrayList<>(h.extractOutputValues());
        h.close();
        return out;
    }

    private static List<Halt> canonical(List<Halt> halts) {
        return halts.stream().map(HaltDetectorTestBase::withoutUpdatedAt)
                .sorted(Comparator.comparing((Halt h) -> h.haltId).thenComparingInt(h -> h.revision))
                .collect(Collectors.toList());
    }
}
