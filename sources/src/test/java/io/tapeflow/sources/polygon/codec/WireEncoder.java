package io.tapeflow.sources.polygon.codec;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.Luld;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Trade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * A tiny test-side encoder of Polygon wire elements, written independently of the decoder so round trips prove
 * something. Field order is shuffled with the given random, as the protocol does not fix it.
 */
public final class WireEncoder {
    private WireEncoder() {}

    public static String frame(List<MarketEvent> events, Random order) {
        return events.stream().map(e -> element(e, order)).collect(Collectors.joining(",", "[", "]"));
    }

    public static String element(MarketEvent e, Random order) {
        List<String> f = new ArrayList<>();
        switch (e.kind) {
            case TRADE: {
                Trade t = e.trade;
                add(f, "ev", str("T"), "sym", str(t.ticker), "i", str(t.tradeId), "x", t.exchange, "z", t.tape,
                        "p", t.price, "s", (long) t.size, "t", t.sipTs / 1_000_000L, "q", t.sequence);
                if (t.conditions.length > 0) add(f, "c", ints(t.conditions));
                if (t.size != Math.rint(t.size)) add(f, "ds", str(Double.toString(t.size)));
                if (t.participantTs != 0) add(f, "pt", t.participantTs / 1_000_000L);
                if (t.trfTs != 0) add(f, "trft", t.trfTs / 1_000_000L, "trfi", t.trfId);
                break;
            }
            case QUOTE: {
                Quote q = e.quote;
                add(f, "ev", str("Q"), "sym", str(q.ticker), "bx", q.bidExchange, "bp", q.bidPrice,
                        "bs", (long) q.bidSize, "ax", q.askExchange, "ap", q.askPrice, "as", (long) q.askSize,
                        "t", q.sipTs / 1_000_000L, "q", q.sequence, "z", q.tape);
                if (q.conditions.length == 1) add(f, "c", q.conditions[0]);
                if (q.indicators.length > 0) add(f, "i", ints(q.indicators));
                break;
            }
            case AGGREGATE: {
                Aggregate a = e.aggregate;
                add(f, "ev", str(Aggregate.SECOND.equals(a.timeframe) ? "A" : "AM"), "sym", str(a.ticker),
                        "v", (long) a.volume, "av", (long) a.dayVolume, "op", a.officialOpen, "vw", a.vwap,
                        "o", a.open, "h", a.high, "l", a.low, "c", a.close, "a", a.dayVwap, "z", 7,
                        "s", a.startMs, "e", a.endMs);
                if (a.otc) add(f, "otc", true);
                break;
            }
            case LULD: {
                Luld l = e.luld;
                add(f, "ev", str("LULD"), "T", str(l.ticker), "h", l.upper, "l", l.lower, "i", ints(l.indicators),
                        "z", l.tape, "t", l.ts, "q", l.sequence);
                break;
            }
            default:
                throw new IllegalArgumentException("not a wire event: " + e.kind);
        }
        Collections.shuffle(f, order);
        return f.stream().collect(Collectors.joining(",", "{", "}"));
    }

    private static void add(List<String> fields, Object... kv) {
        for (int k = 0; k < kv.length; k += 2) {
            fields.add(str((String) kv[k]) + ":" + kv[k + 1]);
        }
    }

    private static String str(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String ints(int[] values) {
        return Arrays.stream(values).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));
    }
}
