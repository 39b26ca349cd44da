package io.tapeflow.sources.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * One trade print, normalised from any origin (WebSocket {@code T}, flat-file {@code trades_v1}, REST {@code /v3/trades}).
 *
 * <p>A Flink POJO (public fields, no-arg constructor) so it serializes without Kryo. All timestamps are UTC epoch
 * nanoseconds; the WebSocket's millisecond fields are scaled on decode. {@code conditions} is never null (an absent
 * {@code c} means a regular sale and decodes to an empty array).
 */
public class Trade {
    public String ticker;
    /** SIP timestamp, epoch ns. */
    public long sipTs;
    /** Participant (exchange) timestamp, epoch ns; 0 when the feed does not carry it. */
    public long participantTs;
    /** TRF timestamp, epoch ns; 0 unless TRF-reported. */
    public long trfTs;
    public int exchange;
    public String tradeId;
    public double price;
    /** Size in shares; fractional since 2026 ({@code ds}, decimal flat-file sizes). */
    public double size;
    public int[] conditions = new int[0];
    public int tape;
    public long sequence;
    public int trfId;
    public int correction;
    /** {@link Origin} name: {@code ws}, {@code flatfile} or {@code rest}. */
    public String origin;

    public Trade() {}

    /** Event time in epoch milliseconds, the unit of Flink timestamps and watermarks. */
    public long eventTimeMillis() {
        return Math.floorDiv(sipTs, 1_000_000L);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Trade)) return false;
        Trade t = (Trade) o;
        return sipTs == t.sipTs && participantTs == t.participantTs && trfTs == t.trfTs && exchange == t.exchange
                && Double.compare(price, t.price) == 0 && Double.compare(size, t.size) == 0 && tape == t.tape
                && sequence == t.sequence && trfId == t.trfId && correction == t.correction
                && Objects.equals(ticker, t.ticker) && Objects.equals(tradeId, t.tradeId)
                && Arrays.equals(conditions, t.conditions) && Objects.equals(origin, t.origin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ticker, sipTs, tradeId, exchange, price, size, sequence);
    }

    @Override
    public String toString() {
        return "Trade{" + ticker + " t=" + sipTs + " p=" + price + " s=" + size + " x=" + exchange + " i=" + tradeId
                + " c=" + Arrays.toString(conditions) + " z=" + tape + " q=" + sequence + " " + origin + "}";
    }
}
