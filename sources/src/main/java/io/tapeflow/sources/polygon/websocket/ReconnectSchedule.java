package io.tapeflow.sources.polygon.websocket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a lost shard may connect again: after a jittered exponential backoff (or the fixed wait a status asks for),
 * within a limit of consecutive attempts, with the loss recorded as the start of a gap.
 */
final class ReconnectSchedule {
    // Logs under ShardConnection, the component operators know, so the line reads as before the split.
    private static final Logger LOG = LoggerFactory.getLogger(ShardConnection.class);

    private final String feed;
    private final ReconnectBackoff backoff;
    private final int maxAttempts;
    private final GapTracker gaps;
    private long reconnectAtNanos;

    ReconnectSchedule(String feed, ShardSettings settings, GapTracker gaps) {
        this.feed = feed;
        this.backoff = new ReconnectBackoff(settings.initialBackoff, settings.maxBackoff, settings.jitter);
        this.maxAttempts = settings.maxAttempts;
        this.gaps = gaps;
    }

    /**
     * Opens the loss's gap and schedules the next attempt; a fixed delay ({@code > 0}) replaces the backoff and does
     * not count as an attempt. Fails with one line once the attempts are used up.
     */
    void afterLoss(String reason, String detail, long fixedDelayMs, long nowNanos) {
        gaps.open(reason);
        long delay = fixedDelayMs > 0 ? fixedDelayMs : backoff.nextDelayMs();
        if (maxAttempts >= 0 && backoff.attempts() > maxAttempts) {
            throw new PolygonWebSocketException("Polygon WebSocket " + feed + " gave up after "
                    + maxAttempts + " reconnect attempts (last: " + reason + ", " + detail + ")");
        }
        reconnectAtNanos = nowNanos + delay * 1_000_000L;
        LOG.warn("Polygon WebSocket {} disconnected ({}: {}); reconnecting in {} ms", feed, reason, detail, delay);
    }

    /** True once the delay of the last loss has passed. */
    boolean isDue(long nowNanos) {
        return nowNanos >= reconnectAtNanos;
    }

    /** A session authenticated: the next loss starts again from the initial delay. */
    void sessionAuthenticated() {
        backoff.reset();
    }
}
