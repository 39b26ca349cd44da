package io.tapeflow.sinks.parquet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Maps an event time to its America/New_York calendar day ({@code YYYY-MM-DD}), the {@code dt} partition value. */
public final class EasternTradingDay {
    /** US equities trade on Eastern time; DST is handled by the zone rules, not by a fixed offset. */
    public static final ZoneId ZONE = ZoneId.of("America/New_York");

    /** The last day looked up: nearly every record of a stream falls on the same day as the one before it. */
    private static volatile DayRange last = new DayRange(0, 0, null);

    private EasternTradingDay() {}

    /** The Eastern day of an epoch-millisecond instant, e.g. {@code 2024-03-08}. */
    public static String ofEpochMillis(long epochMillis) {
        DayRange cached = last;
        if (epochMillis >= cached.startMs && epochMillis < cached.endMs) {
            return cached.day;
        }
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), ZONE);
        DayRange range = new DayRange(day.atStartOfDay(ZONE).toInstant().toEpochMilli(),
                day.plusDays(1).atStartOfDay(ZONE).toInstant().toEpochMilli(), day.toString());
        last = range;
        return range.day;
    }

    /** One Eastern day as {@code [startMs, endMs)}; immutable, so threads may share the cache without locks. */
    private static final class DayRange {
        final long startMs;
        final long endMs;
        final String day;

        DayRange(long startMs, long endMs, String day) {
            this.startMs = startMs;
            this.endMs = endMs;
            this.day = day;
        }
    }

    /** The Eastern day of an epoch-nanosecond instant (raw tick timestamps). */
    public static String ofEpochNanos(long epochNanos) {
        return ofEpochMillis(Math.floorDiv(epochNanos, 1_000_000L));
    }
}
