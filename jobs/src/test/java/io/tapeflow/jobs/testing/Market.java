package io.tapeflow.jobs.testing;

import io.tapeflow.jobs.semantics.TickerEvent;
import io.tapeflow.jobs.time.TradingCalendar;
import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.Luld;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Trade;
import java.time.LocalDate;
import java.time.LocalTime;

/** Test event builders on an Eastern wall clock; times are {@code "HH:mm:ss[.SSS]"} on {@link #day}. */
public final class Market {
    /** A Tuesday in daylight-saving time. */
    public static final LocalDate DAY = LocalDate.of(2024, 3, 12);

    private final String ticker;
    private final LocalDate day;
    private long seq;

    public Market(String ticker) {
        this(ticker, DAY);
    }

    public Market(String ticker, LocalDate day) {
        this.ticker = ticker;
        this.day = day;
    }

    public Market on(LocalDate d) {
        Market m = new Market(ticker, d);
        m.seq = seq;
        return m;
    }

    /** Epoch ms of an Eastern wall-clock time on this market's day. */
    public long ms(String time) {
        return TradingCalendar.atEastern(day, LocalTime.parse(time));
    }

    public long ns(String time) {
        return ms(time) * 1_000_000L;
    }

    public TickerEvent trade(String time, double price, double size, int... conditions) {
        Trade t = new Trade();
        t.ticker = ticker;
        t.sipTs = ns(time);
        t.price = price;
        t.size = size;
        t.conditions = conditions;
        t.exchange = 4;
        t.tradeId = "t" + (++seq);
        t.sequence = seq;
        t.origin = "flatfile";
        return TickerEvent.of(t);
    }

    public TickerEvent quote(String time, double bid, double ask, int condition, int... indicators) {
        Quote q = new Quote();
        q.ticker = ticker;
        q.sipTs = ns(time);
        q.bidPrice = bid;
        q.askPrice = ask;
        q.bidSize = 1;
        q.askSize = 1;
        q.conditions = new int[] {condition};
        q.indicators = indicators;
        q.sequence = ++seq;
        q.origin = "ws";
        return TickerEvent.of(q);
    }

    public TickerEvent luld(String time, double upper, double lower, int... indicators) {
        Luld l = new Luld();
        l.ticker = ticker;
        l.ts = ns(time);
        l.upper = upper;
        l.lower = lower;
        l.indicators = indicators;
        l.sequence = ++seq;
        l.origin = "ws";
        return TickerEvent.of(l);
    }

    public TickerEvent minuteAgg(String start, double o, double h, double l, double c, double v, long n) {
        Aggregate a = new Aggregate();
        a.ticker = ticker;
        a.timeframe = Aggregate.MINUTE;
        a.startMs = ms(start);
        a.endMs = a.startMs + 60_000L;
        a.open = o;
        a.high = h;
        a.low = l;
        a.close = c;
        a.volume = v;
        a.trades = n;
        a.origin = "flatfile";
        return TickerEvent.of(a);
    }

    public TickerEvent news(String time, String id) {
        return TickerEvent.news(ticker, id, ms(time));
    }
}
