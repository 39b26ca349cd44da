package io.tapeflow.jobs.operators.bars;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RvolBaselineTest {

    private static DayCurve curve(String day, int[] minutes, double[] cum) {
        DayCurve c = new DayCurve();
        c.day = day;
        c.minute = minutes;
        c.cumVolume = cum;
        return c;
    }

    @Test
    void aTradingDayWithoutTradesCountsAsZeroVolume() {
        // Given Monday traded 100 by 10:01 and 300 by 16:00, Tuesday nothing
        VolumeHistory h = new VolumeHistory();
        h.add(curve("2024-03-11", new int[] {600, 959}, new double[] {100, 300}), 20);

        // When Wednesday's baseline over 2 days is built
        RvolBaseline b = RvolBaseline.of(h, "2024-03-13", 2);

        // Then it averages Monday with an empty Tuesday, stepping at each minute's end
        assertThat(b.present).isTrue();
        assertThat(b.at(600 * 60_000L)).isZero();
        assertThat(b.at(601 * 60_000L)).isEqualTo(50.0);
        assertThat(b.at(959 * 60_000L)).isEqualTo(50.0);
        assertThat(b.at(960 * 60_000L)).isEqualTo(150.0);
        assertThat(b.at(86_400_000L)).isEqualTo(150.0);
    }

    @Test
    void thereIsNoBaselineUntilHistoryCoversEnoughTradingDays() {
        VolumeHistory h = new VolumeHistory();
        h.add(curve("2024-03-08", new int[] {600}, new double[] {100}), 20);

        // Friday + Monday cover 2 trading days before Tuesday, not 3 (the weekend does not count)
        assertThat(RvolBaseline.of(h, "2024-03-12", 2).present).isTrue();
        assertThat(RvolBaseline.of(h, "2024-03-12", 3).present).isFalse();
        assertThat(RvolBaseline.of(null, "2024-03-12", 1).present).isFalse();
    }

    @Test
    void theRepeatedHourOfTheAutumnSwitchFoldsIntoOneNonDecreasingCurve() {
        // 2024-11-03: 01:30 EDT (05:30Z) and 01:30 EST (06:30Z) are the same wall-clock minute
        MinuteAcc first = minute(java.time.Instant.parse("2024-11-03T05:30:00Z").toEpochMilli(), 100);
        MinuteAcc second = minute(java.time.Instant.parse("2024-11-03T06:30:00Z").toEpochMilli(), 50);
        MinuteAcc morning = minute(java.time.Instant.parse("2024-11-03T15:00:00Z").toEpochMilli(), 10);

        DayCurve c = DayCurve.of("2024-11-03", java.util.List.of(morning, second, first));

        assertThat(c.minute).containsExactly(90, 600);
        assertThat(c.cumVolume).containsExactly(150.0, 160.0);
        assertThat(c.cumulativeAt(91 * 60_000L)).isEqualTo(150.0);
    }

    private static MinuteAcc minute(long start, double volume) {
        MinuteAcc a = new MinuteAcc();
        a.start = start;
        a.volume = volume;
        return a;
    }

    @Test
    void historyKeepsOnlyTheNewestDays() {
        VolumeHistory h = new VolumeHistory();
        for (int d = 11; d <= 15; d++) h.add(curve("2024-03-" + d, new int[0], new double[0]), 3);

        assertThat(h.days).extracting(c -> c.day).containsExactly("2024-03-13", "2024-03-14", "2024-03-15");
        assertThat(h.firstDay).isEqualTo("2024-03-11");
    }
}
