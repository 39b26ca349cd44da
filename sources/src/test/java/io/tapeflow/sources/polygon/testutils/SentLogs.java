package io.tapeflow.sources.polygon.testutils;

import io.tapeflow.sources.model.MarketEvent;

import java.util.Objects;

/** Keys that identify an event both in the simulator's sent log and in what the source delivered. */
public final class SentLogs {
    private SentLogs() {}

    /** (ev, ticker, seq, wire time) exactly as the simulator logs it. */
    public record Key(String ev, String ticker, long seq, long time) {
        public Key {
            Objects.requireNonNull(ev);
        }
    }

    public static Key of(io.tapeflow.simulator.SentLog.Entry e) {
        return new Key(e.ev(), e.ticker(), e.seq(), e.time());
    }

    /** The same key from a decoded event: T/Q time in ms, LULD in ns, bars by window start with seq 0. */
    public static Key of(MarketEvent e) {
        switch (e.kind) {
            case TRADE: return new Key("T", e.trade.ticker, e.trade.sequence, e.trade.sipTs / 1_000_000L);
            case QUOTE: return new Key("Q", e.quote.ticker, e.quote.sequence, e.quote.sipTs / 1_000_000L);
            case LULD: return new Key("LULD", e.luld.ticker, e.luld.sequence, e.luld.ts);
            case AGGREGATE:
                return new Key("1s".equals(e.aggregate.timeframe) ? "A" : "AM", e.aggregate.ticker, 0,
                        e.aggregate.startMs);
            default: throw new IllegalArgumentException("not a market event: " + e);
        }
    }
}
