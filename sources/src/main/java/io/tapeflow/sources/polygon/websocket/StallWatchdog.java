package io.tapeflow.sources.polygon.websocket;

import java.time.Duration;

/**
 * Tells a dead connection from a quiet one: OkHttp's missing-pong failure, and (only when a stall timeout is set) a
 * live session that has received no frame for longer than that timeout.
 */
final class StallWatchdog {
    private final Duration stallTimeout;
    private long lastFrameAtNanos;

    StallWatchdog(Duration stallTimeout) {
        this.stallTimeout = stallTimeout;
    }

    /** A frame arrived, or a new socket starts: the silence is measured from here. */
    void frameArrived(long nowNanos) {
        lastFrameAtNanos = nowNanos;
    }

    /** True when a stall timeout is set and no frame has arrived for longer than it. */
    boolean silentTooLong(long nowNanos) {
        return !stallTimeout.isZero() && nowNanos - lastFrameAtNanos > stallTimeout.toNanos();
    }

    /** The detail of the loss a silent connection causes, for the log line and the gap. */
    String silenceDetail() {
        return "no frame for " + stallTimeout.toMillis() + " ms";
    }

    /**
     * True when a socket failure is OkHttp's pong deadline ("sent ping but didn't receive pong within ..."): the peer
     * or the path to it is dead, which counts as a stall rather than an ordinary reconnect.
     */
    static boolean isMissingPong(String failureMessage) {
        return failureMessage.contains("pong");
    }
}
