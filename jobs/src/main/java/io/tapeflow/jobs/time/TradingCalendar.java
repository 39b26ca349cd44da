package io.tapeflow.jobs.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * The US equity market's clock: America/New_York trading days (NYSE full-day holidays), sessions and the Eastern
 * day window, all computed from event time so DST switches and holidays never depend on the machine's zone.
 *
 * <p>Times are epoch milliseconds unless a name says {@code Ns}. Early-close days (13:00) are not modelled: LULD and
 * bars treat them as full days, which only matters for the closing band doubling window.
 */
public final class TradingCalendar {
    public static final ZoneId EASTERN = ZoneId.of("America/New_York");
    public static final LocalTime PRE_MARKET_OPEN = LocalTime.of(4, 0);
    public static final LocalTime REGULAR_OPEN = LocalTime.of(9, 30);
    public static final LocalTime REGULAR_CLOSE = LocalTime.of(16, 0);
    public static final LocalTime POST_MARKET_CLOSE = LocalTime.of(20, 0);

    /**
     * The Eastern day of the latest lookup. The semantic operators ask about every event and events come day by day,
     * so one immutable cached day answers nearly every call without time-zone arithmetic (a profile of a backfill
     * showed these lookups at ~8% of the CPU). A volatile field: each thread sees some complete day, at worst not the
     * one it needs, and then computes it.
     */
    private static volatile Day last = Day.of(LocalDate.of(1970, 1, 1));

    private TradingCalendar() {}

    /** One Eastern calendar day, everything the per-event questions need. */
    private static final class Day {
        final LocalDate date;
        final String iso;
        final long startMs;
        final long endMs;
        final boolean tradingDay;
        final long openMs;
        final long closeMs;

        private Day(LocalDate date) {
            this.date = date;
            this.iso = date.toString();
            this.startMs = date.atStartOfDay(EASTERN).toInstant().toEpochMilli();
            this.endMs = date.plusDays(1).atStartOfDay(EASTERN).toInstant().toEpochMilli();
            this.tradingDay = isTradingDay(date);
            this.openMs = atEastern(date, REGULAR_OPEN);
            this.closeMs = atEastern(date, REGULAR_CLOSE);
        }

        static Day of(LocalDate date) {
            return new Day(date);
        }

        boolean contains(long epochMs) {
            return epochMs >= startMs && epochMs < endMs;
        }

        /** True when the wall clock runs 24 hours this day (no DST switch), so wall time = elapsed time. */
        boolean regularLength() {
            return endMs - startMs == 86_400_000L;
        }
    }

    private static Day day(long epochMs) {
        Day d = last;
        if (d.contains(epochMs)) return d;
        d = Day.of(Instant.ofEpochMilli(epochMs).atZone(EASTERN).toLocalDate());
        last = d;
        return d;
    }

    /** The Eastern calendar date of an instant, {@code YYYY-MM-DD} (the {@code dt}/{@code trading_day} value). */
    public static String tradingDay(long epochMs) {
        return day(epochMs).iso;
    }

    public static LocalDate easternDate(long epochMs) {
        return day(epochMs).date;
    }

    /** Epoch ms of 00:00 Eastern on the instant's Eastern date: the start of the {@code 1d} window. */
    public static long dayStartMs(long epochMs) {
        return day(epochMs).startMs;
    }

    /** Epoch ms of the next Eastern midnight: the end of the {@code 1d} window (23 or 25 hours on DST days). */
    public static long dayEndMs(long epochMs) {
        return day(epochMs).endMs;
    }

    /** Epoch ms of a wall-clock time on an Eastern date. */
    public static long atEastern(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, EASTERN).toInstant().toEpochMilli();
    }

    /** Milliseconds since Eastern midnight (wall clock), e.g. 09:30 = 34,200,000, whatever the DST offset. */
    public static long wallClockMsOfDay(long epochMs) {
        Day d = day(epochMs);
        if (d.regularLength()) return epochMs - d.startMs;
        ZonedDateTime t = Instant.ofEpochMilli(epochMs).atZone(EASTERN);
        return t.toLocalTime().toNanoOfDay() / 1_000_000L;
    }

    /** True during regular hours, 09:30 inclusive to 16:00 exclusive, Eastern, on a trading day. */
    public static boolean isRegularHours(long epochMs) {
        Day d = day(epochMs);
        return d.tradingDay && epochMs >= d.openMs && epochMs < d.closeMs;
    }

    /** True on weekdays that are not NYSE full-day holidays. */
    public static boolean isTradingDay(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !isHoliday(d);
    }

    /** The trading day before {@code d}. */
    public static LocalDate previousTradingDay(LocalDate d) {
        LocalDate p = d.minusDays(1);
        while (!isTradingDay(p)) p = p.minusDays(1);
        return p;
    }

    /** Number of trading days in {@code (from, to]}; 0 when {@code to <= from}. */
    public static int tradingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isTradingDay(d)) n++;
        }
        return n;
    }

    /** NYSE full-day holidays with the weekend observance rules (Saturday -> Friday, Sunday -> Monday). */
    public static boolean isHoliday(LocalDate d) {
        int y = d.getYear();
        if (d.equals(observed(LocalDate.of(y, Month.JANUARY, 1)))) return true;
        // New Year's Day falling on a Saturday is NOT observed on the prior Friday (NYSE rule 7.2).
        if (d.equals(nth(y, Month.JANUARY, DayOfWeek.MONDAY, 3))) return true;
        if (d.equals(nth(y, Month.FEBRUARY, DayOfWeek.MONDAY, 3))) return true;
        if (d.equals(easterSunday(y).minusDays(2))) return true;
        if (d.equals(LocalDate.of(y, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)))) return true;
        if (y >= 2022 && d.equals(observed(LocalDate.of(y, Month.JUNE, 19)))) return true;
        if (d.equals(observed(LocalDate.of(y, Month.JULY, 4)))) return true;
        if (d.equals(nth(y, Month.SEPTEMBER, DayOfWeek.MONDAY, 1))) return true;
        if (d.equals(nth(y, Month.NOVEMBER, DayOfWeek.THURSDAY, 4))) return true;
        return d.equals(observed(LocalDate.of(y, Month.DECEMBER, 25)));
    }

    private static LocalDate observed(LocalDate h) {
        if (h.getDayOfWeek() == DayOfWeek.SUNDAY) return h.plusDays(1);
        if (h.getDayOfWeek() == DayOfWeek.SATURDAY && h.getMonth() != Month.JANUARY) return h.minusDays(1);
        return h;
    }

    private static LocalDate nth(int year, Month m, DayOfWeek dow, int n) {
        return LocalDate.of(year, m, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }

    /** Gregorian Easter (anonymous algorithm); Good Friday is two days before. */
    static LocalDate easterSunday(int y) {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(y, month, day);
    }
}
