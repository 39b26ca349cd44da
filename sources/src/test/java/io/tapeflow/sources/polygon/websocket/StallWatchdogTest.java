package io.tapeflow.sources.polygon.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.time.Duration;

/** Which silences and socket failures count as a stall, on explicit clock readings (no sleeping). */
class StallWatchdogTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void withoutAStallTimeoutSilenceIsNeverAStall() {
        // Given
        StallWatchdog watchdog = new StallWatchdog(Duration.ZERO);

        // When
        watchdog.frameArrived(0L);

        // Then
        assertThat(watchdog.silentTooLong(3_600 * SECOND)).isFalse();
    }

    @Test
    void silenceLongerThanTheTimeoutIsAStallUntilTheNextFrame() {
        // Given
        StallWatchdog watchdog = new StallWatchdog(Duration.ofSeconds(5));
        watchdog.frameArrived(10 * SECOND);

        // When
        boolean atTimeout = watchdog.silentTooLong(15 * SECOND);
        boolean pastTimeout = watchdog.silentTooLong(15 * SECOND + 1);
        watchdog.frameArrived(16 * SECOND);
        boolean afterNextFrame = watchdog.silentTooLong(16 * SECOND + 1);

        // Then
        assertThat(atTimeout).isFalse();
        assertThat(pastTimeout).isTrue();
        assertThat(afterNextFrame).isFalse();
        assertThat(watchdog.silenceDetail()).isEqualTo("no frame for 5000 ms");
    }

    @Test
    void okHttpsPongDeadlineIsAMissingPongAndOtherFailuresAreNot() {
        // Given: OkHttp 4.12's message for an unanswered ping, and ordinary socket failures
        String pongTimeout = "sent ping but didn't receive pong within 25000ms (after 3 successful ping/pongs)";

        // When / Then
        assertThat(StallWatchdog.isMissingPong(pongTimeout)).isTrue();
        assertThat(StallWatchdog.isMissingPong("Connection reset")).isFalse();
        assertThat(StallWatchdog.isMissingPong("null")).isFalse();
    }
}
