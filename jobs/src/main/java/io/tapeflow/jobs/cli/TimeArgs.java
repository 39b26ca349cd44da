package io.tapeflow.jobs.cli;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Parses the command line's points in time: an ISO instant ({@code ...Z}) or a New York local date-time. */
public final class TimeArgs {
    /** The market's clock. */
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private TimeArgs() {}

    /** {@code 2024-03-15T20:00:00Z} or {@code 2024-03-15T16:00} (America/New_York) to epoch nanoseconds. */
    public static long toEpochNanos(String option, String value) {
        Instant instant;
        try {
            instant = value.endsWith("Z") || value.contains("+") ? Instant.parse(value)
                    : LocalDateTime.parse(value).atZone(NEW_YORK).toInstant();
        } catch (DateTimeParseException e) {
            throw new TapeflowException(option + " takes an ISO instant (2024-03-15T20:00:00Z) or a New York "
                    + "date-time (2024-03-15T16:00), got '" + value + "'");
        }
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
