package io.tapeflow.jobs.operators.halt;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.semantics.TickerEvent;
import io.tapeflow.jobs.testing.Harnesses;
import io.tapeflow.jobs.testing.Market;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** Retraction, resumption, daily index, confirmation, session end, and snapshot/restore of the detector. */
class HaltLifecycleTest extends HaltDetectorTestBase {

    private List<TickerEvent> inferredPauseAt1000() {
        return events(opening(), m.quote("10:00:00", 11.00, 11.01, 0));
    }

    @Test
    void insideBandTradesDuringTheFirstMinuteRetractAnInferredPause() throws Exception {
        List<TickerEvent> e = inferredPauseAt1000();
        e.add(m.trade("10:00:20", 10.60, 100));
        e.add(m.trade("10:00:30", 10.65, 100));

        List<Halt> out = run(e, "10:02:00");

        Halt h = only(out);
        assertThat(h.status).isEqualTo("RETRACTED");
        assertThat(h.endTs).isEqualTo(m.ns("10:00:30"));
        assertThat(h.haltIndexToday).isZero();
        assertThat(out).extracting(x -> x.revision).containsExactly(0, 1);
    }

    @Test
    void aRetractedPauseIsNotCountedInTheDailyIndex() throws Exception {
        List<TickerEvent> e = inferredPauseAt1000();
        e.add(m.trade("10:00:20", 10.60, 100));
        e.add(m.trade("10:00:30", 10.65, 100));
        e.add(m.quote("12:00:00", 0, 0, 21));

        List<Halt> out = run(e, "12:01:00");

        assertThat(latest(out).values()).extracting(x -> x.haltIndexToday).containsExactly(0, 1);
    }

    @Test
    void anInferredPauseResumesAtTheFirstRegularTradeAfterTheRetractWindow() throws Exception {
        List<TickerEvent> e = inferredPauseAt1000();
        // a lone print inside the window is not enough to retract, and does not resume either
        e.add(m.trade("10:00:40", 10.80, 100));
        e.add(m.trade("10:05:00", 10.90, 100, 37));
        e.add(m.trade("10:05:00.500", 10.95, 500));

        List<Halt> out = run(e, "10:06:00");

        Halt h = only(out);
        assertThat(h.status).isEqualTo("RESUMED");
        assertThat(h.evidence).isEqualTo("INFERRED");
        assertThat(h.endTs).isEqualTo(m.ns("10:05:00.500"));
        assertThat(h.durationMs).isEqualTo(285_500L);
        assertThat(h.reopenPrice).isEqualTo(10.95);
    }

    @Test
    void aSecondHaltTheSameDayGetsIndexTwoAndItsOwnId() throws Exception {
        List<TickerEvent> e = events(opening(), m.quote("10:30:00", 0, 0, 21), m.trade("10:35:00", 10.00, 100, 28),
                m.quote("13:00:00", 0, 0, 43), m.trade("13:05:00", 10.20, 100, 28));

        List<Halt> out = run(e, "13:06:00");

        assertThat(latest(out).values()).extracting(x -> x.haltIndexToday).containsExactly(1, 2);
        assertThat(latest(out).keySet()).containsExactly("XYZ:" + m.ns("10:30:00"), "XYZ:" + m.ns("13:00:00"));
    }

    private List<TickerEvent> resumedAt1105At10() {
        return events(opening(), m.quote("11:00:00", 0, 0, 21), m.trade("11:05:00", 10.00, 1000, 28));
    }

    @Test
    void aTradeOnePercentAboveTheReopenWithinTheWindowConfirmsStrength() throws Exception {
        List<TickerEvent> e = resumedAt1105At10();
        e.add(m.trade("11:06:00", 10.09, 100));
        e.add(m.trade("11:07:00", 10.10, 100));
        e.add(m.trade("11:08:00", 9.80, 100));

        Halt h = only(run(e, "11:20:00"));

        assertThat(h.strengthConfirmed).isTrue();
        assertThat(h.weaknessConfirmed).isFalse();
    }

    @Test
    void aTradeOnePercentBelowTheReopenWithinTheWindowConfirmsWeakness() throws Exception {
        List<TickerEvent> e = resumedAt1105At10();
        e.add(m.trade("11:06:00", 9.90, 100));
        e.add(m.trade("11:07:00", 10.50, 100));

        Halt h = only(run(e, "11:20:00"));

        assertThat(h.weaknessConfirmed).isTrue();
        assertThat(h.strengthConfirmed).isFalse();
    }

    @Test
    void neitherIsConfirmedWhenNoTradeReachesTheThresholdWithinTheWindow() throws Exception {
        List<TickerEvent> e = resumedAt1105At10();
        e.add(m.trade("11:06:00", 10.05, 100));
        e.add(m.trade("11:10:00.001", 10.50, 100));

        List<Halt> out = run(e, "11:20:00");

        assertThat(only(out).strengthConfirmed).isFalse();
        assertThat(only(out).weaknessConfirmed).isFalse();
        assertThat(out).hasSize(2);
    }

    @Test
    void aHaltOpenAtSessionEndStaysHaltedAndTheNextDayStartsFresh() throws Exception {
        Market next = m.on(Market.DAY.plusDays(1));
        List<TickerEvent> e = events(opening(), m.quote("15:55:00", 0, 0, 21),
                next.trade("09:30:00", 10.00, 100, 25), next.quote("10:00:00", 0, 0, 43));

        List<Halt> out = run(opts(), e, next.ms("23:59:00"));

        assertThat(latest(out).values()).extracting(x -> x.status).containsExactly("HALTED", "HALTED");
        assertThat(latest(out).values()).extracting(x -> x.haltIndexToday).containsExactly(1, 1);
        assertThat(latest(out).values()).extracting(x -> x.tradingDay).containsExactly("2024-03-12", "2024-03-13");
        assertThat(out).hasSize(2);
    }

    @Test
    void aRestoredDetectorContinuesTheLimitStateItWasIn() throws Exception {
        // Given a detector snapshotted while XYZ sits at its upper band
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Halt> before =
                Harnesses.open(new HaltDetector(opts()));
        Harnesses.feed(before, opening(), m.quote("10:00:00", 11.00, 11.01, 0));
        before.processWatermark(m.ms("10:00:05"));
        OperatorSubtaskState snapshot = before.snapshot(1L, 1L);
        before.close();

        // When a new detector restores it and the watermark passes entry + 15 s
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Halt> after =
                Harnesses.open(new HaltDetector(opts()), snapshot);
        after.processWatermark(m.ms("10:00:16"));
        Harnesses.feed(after, m.trade("10:05:00", 10.90, 100));
        after.processWatermark(m.ms("10:06:00"));

        // Then the pause and its resumption come out as if nothing happened
        List<Halt> out = new ArrayList<>(after.extractOutputValues());
        assertThat(out).extracting(x -> x.status).containsExactly("HALTED", "RESUMED");
        assertThat(only(out).startTs).isEqualTo(m.ns("10:00:15"));
        after.close();
    }
}
