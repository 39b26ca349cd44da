package io.tapeflow.sinks.parquet;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Event time to America/New_York day, around midnights and both DST changes. */
class EasternTradingDayTest {

    private static long ms(String utc) {
        return Instant.parse(utc).toEpochMilli();
    }

    @Test
    void eightPmEasternIsStillTheSameDayAlthoughUtcHasMovedOn() {
        // Given 2024-06-14 20:00 EDT = 2024-06-15 00:00 UTC (after-hours close)
        long t = ms("2024-06-15T00:00:00Z");
        // When / Then
        assertThat(EasternTradingDay.ofEpochMillis(t)).isEqualTo("2024-06-14");
    }

    @Test
    void halfPastMidnightEasternBelongsToTheNextDay() {
        // Given 2024-06-15 00:30 EDT = 04:30 UTC
        assertThat(EasternTradingDay.ofEpochMillis(ms("2024-06-15T04:30:00Z"))).isEqualTo("2024-06-15");
        // and one millisecond before Eastern midnight is the previous day
        assertThat(EasternTradingDay.ofEpochMillis(ms("2024-06-15T03:59:59.999Z"))).isEqualTo("2024-06-14");
    }

    @Test
    void midnightMovesFromFiveToFourUtcWhenDaylightSavingStarts() {
        // Given DST starts 2024-03-10 02:00 EST: before it midnight is 05:00 UTC, after it 04:00 UTC
        assertThat(EasternTradingDay.ofEpochMillis(ms("2024-03-10T04:59:59.999Z"))).isEqualTo("2024-03-09");
        assertThat(EasternTradingDay.ofEpochMillis(ms("2024-03-10T05:00:00Z"))).isEqualTo("2024-03-10");
        assertThat(EasternTradingDay.ofEpochMillis(ms("2024-03-11T03:59:59.999Z"))).isEqualTo("2024-03-10");
        assertThat(EasternTradingDay.ofEpochMillis(ms("2024-03-11T04:00:00Z"))).isEqualTo("2024-03-11");
    }

    @Test
    void midnightMovesFromFourToFiveUtcWhenDaylightSavingEnds() {
        // Given DST ends 2024-11-03 02:00 EDT
        assertThat(EasternTradingDay.ofEpochMillis(ms("2024-11-03T03:59:59.999Z"))).isEqualTo("2024-11-02");
        assertThat(EasternTradingDay.ofEpochMillis(ms("2024-11-03T04:00:00Z"))).isEqualTo("2024-11-03");
        assertThat(EasternTradingDay.ofEpochMillis(ms("2024-11-04T04:59:59.999Z"))).isEqualTo("2024-11-03");
        assertThat(EasternTradingDay.ofEpochMillis(ms("2024-11-04T05:00:00Z"))).isEqualTo("2024-11-04");
    }

    @Test
    void nanosecondTimestampsGiveTheSameDayAsTheirMilliseconds() {
        // Given a tick one nanosecond before Eastern midnight (EST, 05:00 UTC)
        long nanos = ms("2024-01-03T05:00:00Z") * 1_000_000L - 1;
        // Then it is the previous day; floor division, not truncation toward zero
        assertThat(EasternTradingDay.ofEpochNanos(nanos)).isEqualTo("2024-01-02");
        assertThat(EasternTradingDay.ofEpochNanos(nanos + 1)).isEqualTo("2024-01-03");
    }
}
