package io.tapeflow.jobs.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TradingCalendarTest {

    @Test
    void regularOpenIsFourteenThirtyUtcInWinterAndThirteenThirtyInSummer() {
        // Given the Friday before and the Monday after the 2024-03-10 DST switch
        long winter = TradingCalendar.atEastern(LocalDate.of(2024, 3, 8), LocalTime.of(9, 30));
        long summer = TradingCalendar.atEastern(LocalDate.of(2024, 3, 11), LocalTime.of(9, 30));

        // Then
        assertThat(Instant.ofEpochMilli(winter)).isEqualTo(Instant.parse("2024-03-08T14:30:00Z"));
        assertThat(Instant.ofEpochMilli(summer)).isEqualTo(Instant.parse("2024-03-11T13:30:00Z"));
        assertThat(TradingCalendar.isRegularHours(Instant.parse("2024-03-11T13:30:00Z").toEpochMilli())).isTrue();
        assertThat(TradingCalendar.isRegularHours(Instant.parse("2024-03-08T13:30:00Z").toEpochMilli())).isFalse();
        assertThat(TradingCalendar.isRegularHours(Instant.parse("2024-03-08T20:59:59.999Z").toEpochMilli())).isTrue();
        assertThat(TradingCalendar.isRegularHours(Instant.parse("2024-03-08T21:00:00Z").toEpochMilli())).isFalse();
    }

    @Test
    void dstDaysLastTwentyThreeAndTwentyFiveHours() {
        long spring = Instant.parse("2024-03-10T12:00:00Z").toEpochMilli();
        long fall = Instant.parse("2024-11-03T12:00:00Z").toEpochMilli();

        assertThat(TradingCalendar.dayEndMs(spring) - TradingCalendar.dayStartMs(spring)).isEqualTo(23 * 3_600_000L);
        assertThat(TradingCalendar.dayEndMs(fall) - TradingCalendar.dayStartMs(fall)).isEqualTo(25 * 3_600_000L);
    }

    @Test
    void wallClockOfDayIgnoresTheUtcOffset() {
        long winter = TradingCalendar.atEastern(LocalDate.of(2024, 1, 5), LocalTime.of(9, 30));
        long summer = TradingCalendar.atEastern(LocalDate.of(2024, 7, 5), LocalTime.of(9, 30));

        assertThat(TradingCalendar.wallClockMsOfDay(winter)).isEqualTo(34_200_000L);
        assertThat(TradingCalendar.wallClockMsOfDay(summer)).isEqualTo(34_200_000L);
    }

    @Test
    void tradingDayIsTheEasternDateNotTheUtcDate() {
        // 2024-01-03T03:59Z is 22:59 on 2024-01-02 in New York
        assertThat(TradingCalendar.tradingDay(Instant.parse("2024-01-03T03:59:00Z").toEpochMilli()))
                .isEqualTo("2024-01-02");
        assertThat(TradingCalendar.tradingDay(Instant.parse("2024-07-03T04:00:00Z").toEpochMilli()))
                .isEqualTo("2024-07-03");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-01", "2024-01-15", "2024-02-19", "2024-03-29", "2024-05-27", "2024-06-19",
        "2024-07-04", "2024-09-02", "2024-11-28", "2024-12-25", "2022-06-20", "2021-12-24", "2023-01-02",
        "2026-07-03"})
    void nyseHolidaysAreNotTradingDays(String day) {
        assertThat(TradingCalendar.isTradingDay(LocalDate.parse(day))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-12-31", "2021-06-18", "2024-07-05", "2024-03-28", "2024-11-29", "2024-03-11"})
    void ordinaryWeekdaysAreTradingDays(String day) {
        // 2021-12-31: New Year on a Saturday is not observed the Friday before; Juneteenth starts in 2022
        assertThat(TradingCalendar.isTradingDay(LocalDate.parse(day))).isTrue();
    }

    @Test
    void previousTradingDaySkipsWeekendsAndHolidays() {
        assertThat(TradingCalendar.previousTradingDay(LocalDate.of(2024, 7, 5))).isEqualTo(LocalDate.of(2024, 7, 3));
        assertThat(TradingCalendar.previousTradingDay(LocalDate.of(2024, 3, 11))).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(TradingCalendar.previousTradingDay(LocalDate.of(2024, 4, 1))).isEqualTo(LocalDate.of(2024, 3, 28));
        assertThat(TradingCalendar.tradingDaysBetween(LocalDate.of(2024, 3, 28), LocalDate.of(2024, 4, 5)))
                .isEqualTo(5);
    }

    @Test
    void easterMatchesKnownDates() {
        assertThat(TradingCalendar.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(TradingCalendar.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(TradingCalendar.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
    }

    @Test
    void theCachedDayAnswersLikeTimeZoneArithmeticForInstantsJumpingAcrossDaysAndDstSwitches() {
        // Given instants around both 2024 DST switches, a holiday and a weekend, visited out of order
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        long from = Instant.parse("2024-03-08T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2024-11-06T00:00:00Z").toEpochMilli();
        java.time.ZoneId ny = TradingCalendar.EASTERN;
        for (int i = 0; i < 20_000; i++) {
            long ms = i % 2 == 0 ? random.nextLong(from, to)
                    : Instant.parse(i % 4 == 1 ? "2024-03-10T06:59:59Z" : "2024-11-03T05:00:00Z").toEpochMilli()
                            + random.nextLong(-3_600_000L * 30, 3_600_000L * 30);

            // When / Then: each answer equals the plain java.time computation
            java.time.ZonedDateTime t = Instant.ofEpochMilli(ms).atZone(ny);
            LocalDate d = t.toLocalDate();
            assertThat(TradingCalendar.easternDate(ms)).isEqualTo(d);
            assertThat(TradingCalendar.tradingDay(ms)).isEqualTo(d.toString());
            assertThat(TradingCalendar.dayStartMs(ms)).isEqualTo(d.atStartOfDay(ny).toInstant().toEpochMilli());
            assertThat(TradingCalendar.dayEndMs(ms)).isEqualTo(d.plusDays(1).atStartOfDay(ny).toInstant().toEpochMilli());
            assertThat(TradingCalendar.wallClockMsOfDay(ms)).isEqualTo(t.toLocalTime().toNanoOfDay() / 1_000_000L);
            boolean regular = TradingCalendar.isTradingDay(d) && !t.toLocalTime().isBefore(LocalTime.of(9, 30))
                    && t.toLocalTime().isBefore(LocalTime.of(16, 0));
            assertThat(TradingCalendar.isRegularHours(ms)).as("%s", t).isEqualTo(regular);
        }
    }
}
