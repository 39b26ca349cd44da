package io.tapeflow.jobs.operators.halt;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.semantics.SemanticsOptions;
import io.tapeflow.jobs.semantics.TickerEvent;
import io.tapeflow.jobs.testing.Harnesses;
import io.tapeflow.jobs.testing.Market;
import java.util.List;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Limit states (NBBO at a band, LULD indicators) and the inferred LULD pause they turn into after 15 s. */
class LimitStateTest extends HaltDetectorTestBase {

    @Test
    void aBidAtTheUpperBandForFifteenSecondsBecomesAnInferredPauseUpOnTheWatermarkAlone() throws Exception {
        // Given XYZ's bid sits at the computed upper band and XYZ prints nothing more
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Halt> h = Harnesses.open(new HaltDetector(opts()));
        Harnesses.feed(h, opening(), m.quote("10:00:00", 11.00, 11.01, 0));

        // When the feed is silent nothing fires; when the rest of the market moves the watermark it does
        h.processWatermark(m.ms("10:00:14.999"));
        assertThat(h.extractOutputValues()).isEmpty();
        h.processWatermark(m.ms("10:00:16"));

        // Then one inferred LULD pause, starting at entry + 15 s
        Halt halt = only(h.extractOutputValues());
        assertThat(halt.haltId).isEqualTo("XYZ:" + m.ns("10:00:15"));
        assertThat(halt.type).isEqualTo("LULD_PAUSE");
        assertThat(halt.direction).isEqualTo("UP");
        assertThat(halt.status).isEqualTo("HALTED");
        assertThat(halt.evidence).isEqualTo("INFERRED");
        assertThat(halt.startTs).isEqualTo(m.ns("10:00:15"));
        assertThat(halt.bandUpper).isEqualTo(11.00);
        assertThat(halt.bandLower).isEqualTo(9.00);
        assertThat(halt.lastPrice).isEqualTo(10.00);
        assertThat(halt.haltIndexToday).isEqualTo(1);
        assertThat(halt.tradingDay).isEqualTo("2024-03-12");
        assertThat(halt.revision).isZero();
        h.close();
    }

    @Test
    void anOfferAtTheLowerBandBecomesAnInferredPauseDown() throws Exception {
        List<Halt> out = run(events(opening(), m.quote("10:00:00", 8.99, 9.00, 0)), "10:00:20");

        assertThat(only(out).direction).isEqualTo("DOWN");
        assertThat(only(out).startTs).isEqualTo(m.ns("10:00:15"));
    }

    @Test
    void aLimitStateEndingWithinFifteenSecondsIsNoHalt() throws Exception {
        // the quote leaves the band exactly at entry + 15 s: that is "within 15 s"
        List<Halt> out = run(events(opening(), m.quote("10:00:00", 11.00, 11.01, 0),
                m.quote("10:00:15", 10.98, 11.00, 0)), "10:05:00");

        assertThat(out).isEmpty();
    }

    @Test
    void theDeadlineGivesTheSameHaltWhetherALaterEventOrTheWatermarkFiresIt() throws Exception {
        // Given the same limit state, once followed by a later quote of the ticker and once by the watermark only
        SemanticsOptions lag = opts();
        List<Halt> byEvent = run(lag, events(opening(), m.quote("10:00:00", 11.00, 11.01, 0),
                m.quote("10:00:40", 11.00, 11.01, 0)), m.ms("10:00:00"));
        SemanticsOptions watermarkOnly = opts();
        watermarkOnly.keyLagMs = -1;
        List<Halt> byWatermark = run(watermarkOnly, events(opening(), m.quote("10:00:00", 11.00, 11.01, 0)),
                m.ms("10:00:30"));

        // Then both emit the same record
        assertThat(byEvent).hasSize(1);
        assertThat(withoutUpdatedAt(byEvent.get(0))).isEqualTo(withoutUpdatedAt(byWatermark.get(0)));
    }

    @ParameterizedTest(name = "LULD indicator {0} -> {1}")
    @CsvSource({"5,UP", "7,UP", "23,UP", "29,UP", "27,UP", "6,DOWN", "8,DOWN", "25,DOWN", "30,DOWN"})
    void luldLimitStateIndicatorsStartTheFifteenSecondClock(int indicator, String direction) throws Exception {
        List<Halt> out = run(events(opening(), m.luld("10:00:00", 11.00, 9.00, indicator)), "10:00:20");

        Halt h = only(out);
        assertThat(h.direction).isEqualTo(direction);
        assertThat(h.evidence).isEqualTo("INFERRED");
        assertThat(h.startTs).isEqualTo(m.ns("10:00:15"));
    }

    @ParameterizedTest(name = "enter {0}, exit {1}")
    @CsvSource({"23,24", "25,26", "23,28", "25,28", "5,1", "6,2", "7,3", "8,4"})
    void luldLimitStateExitIndicatorsEndIt(int enter, int exit) throws Exception {
        List<Halt> out = run(events(opening(), m.luld("10:00:00", 11.00, 9.00, enter),
                m.luld("10:00:10", 11.00, 9.00, exit)), "10:05:00");

        assertThat(out).isEmpty();
    }

    @ParameterizedTest(name = "enter {0}, mixed {1} -> {2}")
    @CsvSource({"23,30,DOWN", "25,29,UP"})
    void mixedIndicatorsEndOneSideAndStartTheOther(int enter, int mixed, String direction) throws Exception {
        List<Halt> out = run(events(opening(), m.luld("10:00:00", 11.00, 9.00, enter),
                m.luld("10:00:10", 11.00, 9.00, mixed)), "10:00:30");

        assertThat(only(out).direction).isEqualTo(direction);
        assertThat(only(out).startTs).isEqualTo(m.ns("10:00:25"));
    }

    @Test
    void publishedLuldBandsWinOverComputedOnes() throws Exception {
        // computed upper band is 11.00, the feed says 10.50
        List<Halt> out = run(events(opening(), m.luld("09:59:00", 10.50, 9.50, 15),
                m.quote("10:00:00", 10.50, 10.51, 0)), "10:00:20");

        assertThat(only(out).bandUpper).isEqualTo(10.50);
        assertThat(only(out).direction).isEqualTo("UP");
    }

    @Test
    void noLimitStateOutsideRegularHours() throws Exception {
        List<Halt> out = run(events(opening(), m.luld("16:00:01", 11.00, 9.00, 5)), "16:05:00");

        assertThat(out).isEmpty();
    }

    @Test
    void aHaltedTickerIsNotMovedByAnotherTickersEventsButByTheWatermark() throws Exception {
        // Given XYZ enters a limit state and ABC keeps trading well past XYZ's 15 s
        Market abc = new Market("ABC");
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Halt> h = Harnesses.open(new HaltDetector(opts()));
        Harnesses.feed(h, opening(), m.quote("10:00:00", 11.00, 11.01, 0), abc.trade("10:00:01", 5, 100),
                abc.trade("10:01:00", 5, 100));

        // Then ABC's own progress does not touch XYZ's clock
        assertThat(h.extractOutputValues()).isEmpty();
        // and the market's watermark does
        h.processWatermark(abc.ms("10:00:58"));
        assertThat(only(h.extractOutputValues()).ticker).isEqualTo("XYZ");
        h.close();
    }

    @Test
    void theNextTradingDayStartsFresh() throws Exception {
        Market next = m.on(Market.DAY.plusDays(1));
        // a limit state left at 15:59:50 would mature after the close: no pause; tomorrow nothing carries over
        List<Halt> out = run(events(opening(), m.quote("15:59:50", 11.00, 11.01, 0),
                next.quote("09:00:00", 10.00, 10.01, 0)), "23:00:00");

        assertThat(out).isEmpty();
    }
}
