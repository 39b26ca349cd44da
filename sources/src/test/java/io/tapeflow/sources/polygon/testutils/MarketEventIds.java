package io.tapeflow.sources.polygon.testutils;

import io.tapeflow.sources.model.MarketEvent;

/** A stable identity per event for exactly-once assertions in ITCases. */
public final class MarketEventIds {
    private MarketEventIds() {}

    public static String id(MarketEvent e) {
        switch (e.kind) {
            case TRADE: return "T|" + e.trade.ticker + "|" + e.trade.sipTs + "|" + e.trade.sequence + "|" + e.trade.origin;
            case QUOTE: return "Q|" + e.quote.ticker + "|" + e.quote.sipTs + "|" + e.quote.sequence + "|" + e.quote.origin;
            case AGGREGATE: return "A|" + e.aggregate.ticker + "|" + e.aggregate.timeframe + "|" + e.aggregate.startMs + "|"
                    + e.aggregate.origin;
            case REJECT: return "R|" + e.reject.location + "|" + e.reject.reason;
            case NEWS: return "N|" + e.news.source + "|" + e.news.id;
            default: return e.kind + "|" + e;
        }
    }
}
