package io.tapeflow.sinks.parquet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Maps an event time to its America/New_York calendar day ({@code YYYY-MM-DD}), the {@code dt} partition value. */
public final class EasternTradingDay {
    /** US equities trade on Eastern time; DST is handled by the zone rules, not by a fixed offset. */
    public static final ZoneId ZONE = ZoneId.of("America/New_York");

    private EasternTradingDay() {}

    /** The Eastern day of an epoch-millisecond instant, e.g. {@code 2024-03-08}. */
    public static String ofEpochMillis(long epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), ZONE).toString();
    }

    /** The Eastern day of an epoch-nanosecond instant (raw tick timestamps). */
    public static String ofEpochNanos(long epochNanos) {
        return ofEpochMillis(Math.floorDiv(epochNanos, 1_000_000L));
    }
}
