package io.tapeflow.jobs.operators.halt;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.jobs.model.Halt;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every observed start and resume signal of the HALTS.md table, and the upgrade of an inferred pause. */
class ObservedSignalsTest extends HaltDetectorTestBase {

    @ParameterizedTest(name = "quote condition {0} -> {1}")
    @CsvSource({"43,LULD_PAUSE", "21,NEWS", "24,NEWS", "25,NEWS", "26,NEWS", "27,NEWS", "28,NEWS", "29,NEWS",
        "36,MWCB", "37,MWCB", "38,MWCB", "22,OTHER", "23,OTHER", "30,OTHER", "31,OTHER", "32,OTHER", "33,OTHER"})
    void quoteConditionsStartAnObservedHaltOfTheirType(int condition, String type) throws Exception {
        // Given a halt condition at 11:00 and a Resume (16) at 11:05
        List<Halt> out = run(events(opening(), m.quote("11:00:00", 0, 0, condition),
                m.quote("11:05:00", 10.00, 10.01, 16)), "11:10:00");

        // Then one observed halt, resumed by the quote
        Halt h = only(out);
        assertThat(h.type).isEqualTo(type);
        assertThat(h.evidence).isEqualTo("OBSERVED");
        assertThat(h.startTs).isEqualTo(m.ns("11:00:00"));
        assertThat(h.status).isEqualTo("RESUMED");
        assertThat(h.endTs).isEqualTo(m.ns("11:05:00"));
        assertThat(h.durationMs).isEqualTo(300_000L);
        assertThat(h.direction).isEqualTo(type.equals("LULD_PAUSE") ? h.direction : "NONE");
        assertThat(out).extracting(x -> x.revision).containsExactly(0, 1);
    }

    @ParameterizedTest(name = "quote indicator {0} -> {1}")
    @CsvSource({"102,OTHER", "117,LULD_PAUSE", "153,LULD_PAUSE", "165,LULD_PAUSE", "166,LULD_PAUSE",
        "186,LULD_PAUSE", "151,NEWS", "154,REGULATORY", "156,REGULATORY", "157,REGULATORY", "158,REGULATORY",
        "159,REGULATORY", "160,REGULATORY", "181,MWCB", "182,MWCB", "183,MWCB"})
    void quoteIndicatorsStartAnObservedHaltOfTheirType(int indicator, String type) throws Exception {
        List<Halt> out = run(events(opening(), m.quote("11:00:00", 0, 0, 0, indicator)), "11:10:00");

        Halt h = only(out);
        assertThat(h.type).isEqualTo(type);
        assertThat(h.evidence).isEqualTo("OBSERVED");
        assertThat(h.status).isEqualTo("HALTED");
    }

    @ParameterizedTest(name = "resume indicator {0}")
    @ValueSource(ints = {103, 115, 116})
    void resumeIndicatorsResume(int indicator) throws Exception {
        List<Halt> out = run(events(opening(), m.quote("11:00:00", 0, 0, 0, 102),
                m.quote("11:04:00", 10.00, 10.01, 0, indicator)), "11:10:00");

        assertThat(only(out).status).isEqualTo("RESUMED");
        assertThat(only(out).endTs).isEqualTo(m.ns("11:04:00"));
    }

    @ParameterizedTest(name = "reopening trade condition {0}")
    @ValueSource(ints = {28, 18})
    void reopeningPrintsResumeWithTheirPriceAsReopenPrice(int condition) throws Exception {
        List<Halt> out = run(events(opening(), m.quote("11:00:00", 0, 0, 43),
                m.trade("11:05:00", 10.40, 1000, condition)), "11:06:00");

        Halt h = only(out);
        assertThat(h.status).isEqualTo("RESUMED");
        assertThat(h.reopenPrice).isEqualTo(10.40);
        assertThat(h.endTs).isEqualTo(m.ns("11:05:00"));
    }

    @Test
    void aResumeSignalLeavesTheReopenPriceToTheNextRegularTrade() throws Exception {
        List<Halt> out = run(events(opening(), m.luld("11:00:00", 0, 0, 17), m.luld("11:05:00", 10.50, 9.50, 18),
                m.trade("11:05:00.200", 10.20, 100, 37), m.trade("11:05:01", 10.10, 300)), "11:06:00");

        assertThat(out).extracting(x -> x.status).containsExactly("HALTED", "RESUMED", "RESUMED");
        assertThat(out.get(1).reopenPrice).isNull();
        // the odd lot may not set the last price; the regular trade after it is the reopening trade
        assertThat(out.get(2).reopenPrice).isEqualTo(10.10);
    }

    @Test
    void luld17WithoutAnyLimitStateOrPriceAtABandIsOther() throws Exception {
        List<Halt> out = run(events(opening(), m.luld("11:00:00", 0, 0, 17)), "11:01:00");

        assertThat(only(out).type).isEqualTo("OTHER");
        assertThat(only(out).direction).isEqualTo("NONE");
    }

    @Test
    void luld17DuringALimitStateIsALuldPauseInItsDirection() throws Exception {
        List<Halt> out = run(events(opening(), m.quote("11:00:00", 8.99, 9.00, 0), m.luld("11:00:10", 0, 0, 17)),
                "11:01:00");

        Halt h = only(out);
        assertThat(h.type).isEqualTo("LULD_PAUSE");
        assertThat(h.direction).isEqualTo("DOWN");
        assertThat(h.evidence).isEqualTo("OBSERVED");
        // the observed start replaces the 15 s inference: no second halt
        assertThat(h.startTs).isEqualTo(m.ns("11:00:10"));
    }

    @Test
    void luld17RightAfterALimitStateEndedIsStillALuldPause() throws Exception {
        List<Halt> out = run(events(opening(), m.quote("11:00:00", 11.00, 11.01, 0),
                m.quote("11:00:05", 10.90, 10.95, 0), m.luld("11:00:12", 0, 0, 17)), "11:01:00");

        assertThat(only(out).type).isEqualTo("LULD_PAUSE");
        assertThat(only(out).direction).isEqualTo("UP");
    }

    @Test
    void luld17WithTheLastPriceAtABandIsALuldPause() throws Exception {
        List<Halt> out = run(events(opening(), m.trade("11:00:00", 11.00, 100), m.luld("11:00:01", 0, 0, 17)),
                "11:01:00");

        assertThat(only(out).type).isEqualTo("LULD_PAUSE");
        assertThat(only(out).direction).isEqualTo("UP");
    }

    @Test
    void anObservedSignalUpgradesTheInferredPauseInsteadOfCreatingASecondHalt() throws Exception {
        // Given an inferred pause at 10:00:15, then the pause condition 43 is seen at 10:00:16
        List<Halt> out = run(events(opening(), m.quote("10:00:00", 11.00, 11.01, 0), m.quote("10:00:16", 0, 0, 43)),
                "10:01:00");

        // Then the same halt id, now observed, as revision 1
        assertThat(latest(out)).hasSize(1);
        assertThat(out).extracting(x -> x.evidence).containsExactly("INFERRED", "OBSERVED");
        assertThat(out).extracting(x -> x.revision).containsExactly(0, 1);
        assertThat(only(out).startTs).isEqualTo(m.ns("10:00:15"));
        assertThat(only(out).direction).isEqualTo("UP");
    }

    @Test
    void anUpgradedPauseIsNotRetractedByTrades() throws Exception {
        List<Halt> out = run(events(opening(), m.quote("10:00:00", 11.00, 11.01, 0), m.luld("10:00:16", 0, 0, 17),
                m.trade("10:00:20", 10.50, 100), m.trade("10:00:21", 10.50, 100)), "10:02:00");

        // the first regular trade after an observed halt is its resumption, never a retraction
        assertThat(only(out).status).isEqualTo("RESUMED");
        assertThat(only(out).reopenPrice).isEqualTo(10.50);
    }

    @Test
    void aRepeatedSignalDuringAnObservedHaltAddsNoRevision() throws Exception {
        List<Halt> out = run(events(opening(), m.quote("11:00:00", 0, 0, 21), m.quote("11:00:01", 0, 0, 21),
                m.quote("11:00:02", 0, 0, 27)), "11:01:00");

        assertThat(out).hasSize(1);
    }

    @Test
    void aSpecificTypeRefinesAnObservedOther() throws Exception {
        List<Halt> out = run(events(opening(), m.luld("11:00:00", 0, 0, 17), m.quote("11:00:01", 0, 0, 21)),
                "11:01:00");

        assertThat(out).extracting(x -> x.type).containsExactly("OTHER", "NEWS");
        assertThat(latest(out)).hasSize(1);
    }
}
