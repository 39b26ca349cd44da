package io.tapeflow.jobs.semantics;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.Luld;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Trade;
import java.util.Comparator;
import java.util.Objects;

/**
 * One input of the keyed semantic operators: a trade, quote, LULD message, minute aggregate or news item of one ticker,
 * with its event time in nanoseconds, so one keyed stream carries everything a ticker's state machine sees in order.
 *
 * <p>A Flink POJO (nullable payloads, no collections). {@link #ORDER} is the canonical processing order: time, then
 * kind, then sequence; it makes the result independent of the arrival order of simultaneous events.
 */
public class TickerEvent {
    public static final int LULD = 0;
    public static final int QUOTE = 1;
    public static final int TRADE = 2;
    public static final int AGGREGATE = 3;
    public static final int NEWS = 4;

    /** Canonical order of events of one ticker. */
    public static final Comparator<TickerEvent> ORDER = Comparator.comparingLong((TickerEvent e) -> e.ts)
            .thenComparingInt(e -> e.kind)
            .thenComparingLong(TickerEvent::sequence)
            .thenComparing(TickerEvent::tieBreak);

    public String ticker;
    /** Event time, epoch ns (aggregates: the last ns of their window, when they are complete). */
    public long ts;
    public int kind;
    public Trade trade;
    public Quote quote;
    public Luld luld;
    public Aggregate aggregate;
    public String newsId;

    public TickerEvent() {}

    public static TickerEvent of(Trade t) {
        TickerEvent e = base(t.ticker, t.sipTs, TRADE);
        e.trade = t;
        return e;
    }

    public static TickerEvent of(Quote q) {
        TickerEvent e = base(q.ticker, q.sipTs, QUOTE);
        e.quote = q;
        return e;
    }

    public static TickerEvent of(Luld l) {
        TickerEvent e = base(l.ticker, l.ts, LULD);
        e.luld = l;
        return e;
    }

    public static TickerEvent of(Aggregate a) {
        // complete at the end of its window; sources that only know the start (flat files) may leave endMs unset
        long end = a.endMs > a.startMs ? a.endMs : a.startMs + 60_000L;
        TickerEvent e = base(a.ticker, end * 1_000_000L - 1, AGGREGATE);
        e.aggregate = a;
        return e;
    }

    /** A news item for one of its tickers, sequenced at its publication time. */
    public static TickerEvent news(String ticker, String newsId, long publishedMs) {
        TickerEvent e = base(ticker, publishedMs * 1_000_000L, NEWS);
        e.newsId = newsId;
        return e;
    }

    private static TickerEvent base(String ticker, long ts, int kind) {
        TickerEvent e = new TickerEvent();
        e.ticker = ticker;
        e.ts = ts;
        e.kind = kind;
        return e;
    }

    /** Event time in epoch ms (Flink timestamps). */
    public long eventTimeMillis() {
        return Math.floorDiv(ts, 1_000_000L);
    }

    private long sequence() {
        switch (kind) {
            case TRADE: return trade.sequence;
            case QUOTE: return quote.sequence;
            case LULD: return luld.sequence;
            default: return 0;
        }
    }

    private String tieBreak() {
        switch (kind) {
            case TRADE: return trade.exchange + ":" + trade.tradeId + ":" + trade.price + ":" + trade.size;
            case QUOTE: return quote.bidPrice + ":" + quote.askPrice;
            case AGGREGATE: return aggregate.timeframe + ":" + aggregate.origin;
            case NEWS: return String.valueOf(newsId);
            default: return "";
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof TickerEvent)) return false;
        TickerEvent e = (TickerEvent) o;
        return ts == e.ts && kind == e.kind && Objects.equals(ticker, e.ticker) && Objects.equals(trade, e.trade)
                && Objects.equals(quote, e.quote) && Objects.equals(luld, e.luld)
                && Objects.equals(aggregate, e.aggregate) && Objects.equals(newsId, e.newsId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ticker, ts, kind);
    }

    @Override
    public String toString() {
        return "TickerEvent{" + ticker + " t=" + ts + " k=" + kind + "}";
    }
}
