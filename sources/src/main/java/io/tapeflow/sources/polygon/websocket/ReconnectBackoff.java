package io.tapeflow.sources.polygon.websocket;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential reconnect delay with jitter, bounded by a maximum. Hand-written (ten lines) because reconnects here are
 * driven by socket callbacks on the fetcher thread, not by a retried call that Failsafe could wrap.
 */
final class ReconnectBackoff {
    private final long initialMs;
    private final long maxMs;
    private final double jitter;
    private int attempts;

    ReconnectBackoff(Duration initial, Duration max, double jitter) {
        this.initialMs = Math.max(1, initial.toMillis());
        this.maxMs = Math.max(initialMs, max.toMillis());
        this.jitter = jitter;
    }

    /** The delay before the next attempt; each call counts one consecutive failed attempt. */
    long nextDelayMs() {
        double base = Math.min(maxMs, initialMs * Math.pow(2, Math.min(attempts, 30)));
        attempts++;
        double spread = base * jitter * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Math.max(0, Math.min(maxMs, Math.round(base + spread)));
    }

    /** A session authenticated: the next loss starts again from the initial delay. */
    void reset() {
        attempts = 0;
    }

    int attempts() {
        return attempts;
    }
}
