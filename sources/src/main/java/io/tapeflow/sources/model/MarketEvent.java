package io.tapeflow.sources.model;

import java.util.Objects;

/**
 * The one record type every tapeflow source emits: a tagged union of exactly one payload.
 *
 * <p>One type keeps sources, the hybrid backfill-then-live source and the pipeline simple; the pipeline splits it by
 * {@link #kind} right after the source. It is a Flink POJO (null payload fields are fine) so nothing reaches Kryo.
 */
public class MarketEvent {
    public EventKind kind;
    public Trade trade;
    public Quote quote;
    public Luld luld;
    public Aggregate aggregate;
    public Gap gap;
    public Reject reject;
    /** Set only for {@link EventKind#NEWS} (the REST news source), so its rejects share the one record type. */
    public News news;

    public MarketEvent() {}

    public static MarketEvent of(Trade t) {
        MarketEvent e = new MarketEvent();
        e.kind = EventKind.TRADE;
        e.trade = t;
        return e;
    }

    public static MarketEvent of(Quote q) {
        MarketEvent e = new MarketEvent();
        e.kind = EventKind.QUOTE;
        e.quote = q;
        return e;
    }

    public static MarketEvent of(Luld l) {
        MarketEvent e = new MarketEvent();
        e.kind = EventKind.LULD;
        e.luld = l;
        return e;
    }

    public static MarketEvent of(Aggregate a) {
        MarketEvent e = new MarketEvent();
        e.kind = EventKind.AGGREGATE;
        e.aggregate = a;
        return e;
    }

    public static MarketEvent of(Gap g) {
        MarketEvent e = new MarketEvent();
        e.kind = EventKind.GAP;
        e.gap = g;
        return e;
    }

    public static MarketEvent of(News n) {
        MarketEvent e = new MarketEvent();
        e.kind = EventKind.NEWS;
        e.news = n;
        return e;
    }

    public static MarketEvent of(Reject r) {
        MarketEvent e = new MarketEvent();
        e.kind = EventKind.REJECT;
        e.reject = r;
        return e;
    }

    /** The ticker of a market payload, or null for gaps and rejects (they are never keyed by ticker). */
    public String ticker() {
        switch (kind) {
            case TRADE: return trade.ticker;
            case QUOTE: return quote.ticker;
            case LULD: return luld.ticker;
            case AGGREGATE: return aggregate.ticker;
            default: return null;
        }
    }

    /**
     * The feed's own time of a market payload in epoch nanoseconds (SIP time of trades and quotes, LULD time, a bar's
     * start), or 0 for gaps, rejects and news, which carry no feed time.
     */
    public long feedTimeNanos() {
        switch (kind) {
            case TRADE: return trade.sipTs;
            case QUOTE: return quote.sipTs;
            case LULD: return luld.ts;
            case AGGREGATE: return aggregate.startMs * 1_000_000L;
            default: return 0L;
        }
    }

    /** Event time in epoch milliseconds (Flink's timestamp unit); rejects without a known time give 0. */
    public long eventTimeMillis() {
        switch (kind) {
            case TRADE: return trade.eventTimeMillis();
            case QUOTE: return quote.eventTimeMillis();
            case LULD: return luld.eventTimeMillis();
            case AGGREGATE: return aggregate.eventTimeMillis();
            case GAP: return gap.eventTimeMillis();
            case NEWS: return news.publishedUtc;
            default: return reject.eventTimeMs;
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof MarketEvent)) return false;
        MarketEvent m = (MarketEvent) o;
        return kind == m.kind && Objects.equals(trade, m.trade) && Objects.equals(quote, m.quote)
                && Objects.equals(luld, m.luld) && Objects.equals(aggregate, m.aggregate)
                && Objects.equals(gap, m.gap) && Objects.equals(reject, m.reject) && Objects.equals(news, m.news);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, trade, quote, luld, aggregate, gap, reject, news);
    }

    @Override
    public String toString() {
        switch (kind) {
            case TRADE: return trade.toString();
            case QUOTE: return quote.toString();
            case LULD: return luld.toString();
            case AGGREGATE: return aggregate.toString();
            case GAP: return gap.toString();
            case NEWS: return String.valueOf(news);
            default: return String.valueOf(reject);
        }
    }
}
