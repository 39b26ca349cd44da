package io.tapeflow.sources.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * One NBBO quote, normalised from any origin (WebSocket {@code Q}, flat-file {@code quotes_v1}, REST {@code /v3/quotes}).
 *
 * <p>The WebSocket sends a single condition {@code c}; it decodes to a one-element {@code conditions} array so every
 * origin has the same shape. Sizes are kept as sent, with {@link #sizeUnit} saying what they count: the WebSocket
 * spec says round lots, REST and flat files say shares (PROTOCOL.md section 2.6, an open question).
 */
public class Quote {
    public static final String ROUND_LOTS = "round_lots";
    public static final String SHARES = "shares";

    public String ticker;
    /** SIP timestamp, epoch ns. */
    public long sipTs;
    /** Participant timestamp, epoch ns; 0 when absent. */
    public long participantTs;
    public double bidPrice;
    public double bidSize;
    public int bidExchange;
    public double askPrice;
    public double askSize;
    public int askExchange;
    public int[] conditions = new int[0];
    public int[] indicators = new int[0];
    public int tape;
    public long sequence;
    /** {@link #ROUND_LOTS} or {@link #SHARES}. */
    public String sizeUnit;
    public String origin;

    public Quote() {}

    /** Event time in epoch milliseconds. */
    public long eventTimeMillis() {
        return Math.floorDiv(sipTs, 1_000_000L);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Quote)) return false;
        Quote q = (Quote) o;
        return sipTs == q.sipTs && participantTs == q.participantTs && Double.compare(bidPrice, q.bidPrice) == 0
                && Double.compare(bidSize, q.bidSize) == 0 && bidExchange == q.bidExchange
                && Double.compare(askPrice, q.askPrice) == 0 && Double.compare(askSize, q.askSize) == 0
                && askExchange == q.askExchange && tape == q.tape && sequence == q.sequence
                && Objects.equals(ticker, q.ticker) && Arrays.equals(conditions, q.conditions)
                && Arrays.equals(indicators, q.indicators) && Objects.equals(sizeUnit, q.sizeUnit)
                && Objects.equals(origin, q.origin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ticker, sipTs, sequence, bidPrice, askPrice);
    }

    @Override
    public String toString() {
        return "Quote{" + ticker + " t=" + sipTs + " " + bidPrice + "x" + bidSize + " / " + askPrice + "x" + askSize
                + " c=" + Arrays.toString(conditions) + " i=" + Arrays.toString(indicators) + " q=" + sequence + " "
                + origin + "}";
    }
}
