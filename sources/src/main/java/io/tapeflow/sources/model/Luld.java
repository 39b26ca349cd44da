package io.tapeflow.sources.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * One LULD message: the price bands in effect and the LULD indicator codes (PROTOCOL.md section 3.1).
 *
 * <p>{@code ts} is epoch ns whatever unit the feed used (the WebSocket's {@code t} is parsed by magnitude).
 */
public class Luld {
    public String ticker;
    public long ts;
    public double upper;
    public double lower;
    public int[] indicators = new int[0];
    public int tape;
    public long sequence;
    public String origin;

    public Luld() {}

    /** Event time in epoch milliseconds. */
    public long eventTimeMillis() {
        return Math.floorDiv(ts, 1_000_000L);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Luld)) return false;
        Luld l = (Luld) o;
        return ts == l.ts && Double.compare(upper, l.upper) == 0 && Double.compare(lower, l.lower) == 0
                && tape == l.tape && sequence == l.sequence && Objects.equals(ticker, l.ticker)
                && Arrays.equals(indicators, l.indicators) && Objects.equals(origin, l.origin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ticker, ts, upper, lower, sequence);
    }

    @Override
    public String toString() {
        return "Luld{" + ticker + " t=" + ts + " [" + lower + ", " + upper + "] i=" + Arrays.toString(indicators)
                + " z=" + tape + " " + origin + "}";
    }
}
