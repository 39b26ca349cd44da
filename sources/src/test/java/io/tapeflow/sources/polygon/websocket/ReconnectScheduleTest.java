package io.tapeflow.sources.polygon.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tapeflow.sources.model.Gap;

import org.apache.flink.configuration.Configuration;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

/** Reconnect delays, the attempt limit and the gap a loss opens, on explicit clock readings (no sleeping). */
class ReconnectScheduleTest {
    private static final long MS = 1_000_000L;

    private final GapTracker gaps = new GapTracker("ws:stocks:0", 0L);

    private ReconnectSchedule schedule(int maxAttempts) {
        Configuration config = new Configuration();
        config.set(PolygonWebSocketOptions.RECONNECT_INITIAL_BACKOFF, Duration.ofMillis(100));
        config.set(PolygonWebSocketOptions.RECONNECT_MAX_BACKOFF, Duration.ofMillis(300));
        config.set(PolygonWebSocketOptions.RECONNECT_JITTER, 0.0);
        config.set(PolygonWebSocketOptions.RECONNECT_MAX_ATTEMPTS, maxAttempts);
        return new ReconnectSchedule("ws:stocks:0", new ShardSettings(config, () -> "k"), gaps);
    }

    @Test
    void eachFailedAttemptDoublesTheDelayUpToTheMaximum() {
        // Given
        ReconnectSchedule schedule = schedule(-1);
        long[] delays = new long[4];

        // When
        for (int k = 0; k < delays.length; k++) {
            schedule.afterLoss("reconnect", "refused", 0, 0L);
            delays[k] = firstDueMs(schedule);
        }

        // Then
        assertThat(delays).containsExactly(100, 200, 300, 300);
    }

    @Test
    void anAuthenticatedSessionStartsTheNextLossFromTheInitialDelay() {
        // Given
        ReconnectSchedule schedule = schedule(-1);
        schedule.afterLoss("reconnect", "refused", 0, 0L);
        schedule.afterLoss("reconnect", "refused", 0, 0L);

        // When
        schedule.sessionAuthenticated();
        schedule.afterLoss("reconnect", "reset", 0, 0L);

        // Then
        assertThat(firstDueMs(schedule)).isEqualTo(100);
    }

    @Test
    void aFixedDelayReplacesTheBackoffAndDoesNotUseUpAnAttempt() {
        // Given
        ReconnectSchedule schedule = schedule(1);

        // When
        schedule.afterLoss("max_connections", "another client", 5_000, 0L);
        schedule.afterLoss("max_connections", "another client", 5_000, 0L);
        schedule.afterLoss("reconnect", "refused", 0, 0L);

        // Then: the one allowed attempt is still the first backoff
        assertThat(firstDueMs(schedule)).isEqualTo(100);
    }

    @Test
    void oneLossMoreThanTheAttemptLimitFailsWithTheLastReason() {
        // Given
        ReconnectSchedule schedule = schedule(2);
        schedule.afterLoss("reconnect", "refused", 0, 0L);
        schedule.afterLoss("reconnect", "refused", 0, 0L);

        // When / Then
        assertThatThrownBy(() -> schedule.afterLoss("stall", "no frame for 50 ms", 0, 0L))
                .isInstanceOf(PolygonWebSocketException.class)
                .hasMessage("Polygon WebSocket ws:stocks:0 gave up after 2 reconnect attempts (last: stall, "
                        + "no frame for 50 ms)");
    }

    @Test
    void lossesBeforeDataFlowsAgainOpenOneGapNamedAfterTheFirst() {
        // Given
        ReconnectSchedule schedule = schedule(-1);
        gaps.onEvent(1_000 * MS, true, Set.of("AAPL"));

        // When
        schedule.afterLoss("slow_consumer", "dropped", 0, 0L);
        schedule.afterLoss("reconnect", "refused", 0, 0L);
        Gap gap = gaps.onEvent(2_000 * MS, true, Set.of("AAPL"));

        // Then
        assertThat(gap.reason).isEqualTo("slow_consumer");
        assertThat(gap.startTs).isEqualTo(1_000 * MS);
        assertThat(gap.endTs).isEqualTo(2_000 * MS);
    }

    /** The first whole millisecond after a loss at clock 0 at which the schedule says reconnect. */
    private static long firstDueMs(ReconnectSchedule schedule) {
        long ms = 0;
        while (!schedule.isDue(ms * MS)) ms++;
        return ms;
    }
}
