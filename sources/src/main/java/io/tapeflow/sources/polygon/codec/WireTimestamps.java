package io.tapeflow.sources.polygon.codec;

/** Unit conversions for WebSocket timestamps: exact {@code long} arithmetic, never through {@code double}. */
final class WireTimestamps {
    private WireTimestamps() {}

    /** Milliseconds (T/Q/A/AM fields) to nanoseconds; overflow is bad input, not a silent wrap. */
    static long millisToNanos(long ms) {
        return Math.multiplyExact(ms, 1_000_000L);
    }

    /**
     * LULD/NOI {@code t}: documented as ms but sent as µs (old) or ns (current), so the digit count decides the unit
     * (PROTOCOL.md section 2.7).
     */
    static long nanosByMagnitude(long t) {
        if (t >= 1_000_000_000_000_000_000L) return t;
        if (t >= 1_000_000_000_000_000L) return Math.multiplyExact(t, 1_000L);
        if (t >= 1_000_000_000_000L) return Math.multiplyExact(t, 1_000_000L);
        return Math.multiplyExact(t, 1_000_000_000L);
    }
}
