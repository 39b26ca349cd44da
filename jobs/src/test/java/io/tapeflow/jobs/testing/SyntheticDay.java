package io.tapeflow.jobs.testing;

import io.tapeflow.jobs.time.TradingCalendar;
import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.Luld;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Trade;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A small deterministic trading day for parity tests, until the simulator's scenarios replace it: a Nasdaq name
 * paused with LULD messages, an NYSE name paused with computed bands only, a news halt, a limit state that ends in
 * time plus a retracted inferred pause, and an illiquid name with odd lots, Form T and minute aggregates.
 */
public final class SyntheticDay {
    public static final LocalDate DAY = LocalDate.of(2024, 3, 12);

    public final List<MarketEvent> events = new ArrayList<>();
    public final List<News> news = new ArrayList<>();
    private final Random random;
    private long seq;

    public SyntheticDay(long seed) {
        random = new Random(seed);
        nasdaqPauseWithLuld();
        nysePauseWithoutLuld();
        newsHalt();
        limitStateEndsInTimeAndARetraction();
        illiquid();
    }

    /** Everything in event-time order, as a live feed delivers it. */
    public List<MarketEvent> timeOrdered() {
        List<MarketEvent> l = new ArrayList<>(events);
        l.sort(Comparator.comparingLong(SyntheticDay::eventNs).thenComparing(MarketEvent::ticker)
                .thenComparingLong(SyntheticDay::seqOf));
        return l;
    }

    /** All of one ticker's day, then the next ticker's, as flat files sorted by ticker deliver it. */
    public List<MarketEvent> tickerSorted() {
        List<MarketEvent> l = new ArrayList<>(events);
        l.sort(Comparator.comparing((MarketEvent e) -> e.ticker()).thenComparingLong(SyntheticDay::eventNs)
                .thenComparingLong(SyntheticDay::seqOf));
        return l;
    }

    // ---- scenarios ----

    private void nasdaqPauseWithLuld() {
        String t = "NSDQ";
        trade(t, "09:30:00.050", 50.00, 1000, 25);
        luld(t, "09:30:01", 60.00, 40.00, 14);
        luld(t, "09:45:00", 55.00, 45.00, 15);
        noise(t, "09:30:02", "11:00:00", 50.00, 12, true);
        quote(t, "11:00:00", 55.00, 55.05, 0);
        luld(t, "11:00:00.100", 55.00, 45.00, 23);
        luld(t, "11:00:15.300", 0, 0, 17);
        luld(t, "11:05:15", 60.50, 49.50, 18);
        trade(t, "11:05:15.500", 55.50, 5000, 28);
        trade(t, "11:06:00", 56.20, 300);
        noise(t, "11:06:10", "16:00:00", 56.00, 12, true);
        trade(t, "16:00:00.200", 56.10, 20000, 8);
        trade(t, "17:30:00", 56.30, 100, 12);
    }

    private void nysePauseWithoutLuld() {
        String t = "NYSE1";
        trade(t, "09:30:00.100", 20.00, 2000, 25);
        noise(t, "09:30:03", "13:00:00", 20.00, 16, true);
        quote(t, "13:00:00", 22.00, 22.05, 0);
        quote(t, "13:00:16", 0, 0, 43);
        trade(t, "13:05:20", 22.10, 3000, 28);
        trade(t, "13:06:00", 21.80, 200);
        noise(t, "13:06:10", "16:00:00", 21.90, 16, true);
    }

    private void newsHalt() {
        String t = "NEWZ";
        trade(t, "09:30:00.200", 30.00, 800, 25);
        noise(t, "09:30:04", "14:00:00", 30.00, 20, true);
        quote(t, "14:00:00", 0, 0, 21);
        quote(t, "14:30:00", 30.00, 30.05, 16);
        trade(t, "14:30:01", 30.00, 1500, 28);
        noise(t, "14:30:05", "16:00:00", 30.00, 20, true);
        news("n-early", "12:00:00", t);
        news("n-before", "13:30:00", t, "NYSE1");
        news("n-after", "14:03:00", t);
    }

    private void limitStateEndsInTimeAndARetraction() {
        String t = "BNCE";
        trade(t, "09:30:00.300", 8.00, 500, 25);
        noise(t, "09:30:05", "12:00:00", 8.00, 24, true);
        quote(t, "12:00:00", 8.80, 8.82, 0);
        quote(t, "12:00:09", 8.70, 8.72, 0);
        noise(t, "12:00:10", "15:00:00", 8.00, 24, true);
        quote(t, "15:00:00", 8.80, 8.82, 0);
        trade(t, "15:00:20", 8.60, 100);
        trade(t, "15:00:25", 8.61, 100);
        quote(t, "15:00:26", 8.60, 8.62, 0);
        noise(t, "15:00:30", "16:00:00", 8.00, 24, true);
    }

    private void illiquid() {
        String t = "ILLQ";
        trade(t, "08:00:05", 2.48, 100, 12);
        trade(t, "09:30:00.400", 2.50, 300, 25);
        long s = TradingCalendar.atEastern(DAY, LocalTime.of(9, 31));
        long end = TradingCalendar.atEastern(DAY, LocalTime.of(16, 0));
        while (s < end) {
            s += (7 + random.nextInt(6)) * 60_000L + random.nextInt(50_000);
            double px = 2.50 + (random.nextInt(5) - 2) / 100.0;
            tradeAt(t, s * 1_000_000L, px, 1 + random.nextInt(300), random.nextInt(3) == 0 ? new int[] {37} : new int[0]);
        }
        // a feed minute aggregate for a minute without trades, and one that loses to the trade-built bar
        aggregate(t, "10:03", 2.51, 2.53, 2.50, 2.52, 900, 4);
        aggregate(t, "09:30", 9.99, 9.99, 9.99, 9.99, 1, 1);
    }

    // ---- builders ----

    /** Mean-reverting prints and quotes around {@code base} every few seconds, so computed bands stay put. */
    private void noise(String t, String from, String to, double base, int everySeconds, boolean quotes) {
        long s = TradingCalendar.atEastern(DAY, LocalTime.parse(from)) * 1_000_000L;
        long e = TradingCalendar.atEastern(DAY, LocalTime.parse(to)) * 1_000_000L;
        while (s < e) {
            double px = Math.round((base + (random.nextInt(11) - 5) / 100.0) * 100) / 100.0;
            int roll = random.nextInt(10);
            int[] c = roll == 0 ? new int[] {37} : roll == 1 ? new int[] {14, 41} : new int[0];
            tradeAt(t, s, px, 1 + random.nextInt(400), c);
            if (quotes && s + 500_000_000L < e) quoteAt(t, s + 500_000_000L, px - 0.01, px + 0.01, 0);
            s += (1 + random.nextInt(everySeconds * 2)) * 1_000_000_000L + random.nextInt(1_000_000);
        }
    }

    private static long ns(String time) {
        return TradingCalendar.atEastern(DAY, LocalTime.parse(time)) * 1_000_000L;
    }

    private void trade(String t, String time, double px, double size, int... c) {
        tradeAt(t, ns(time), px, size, c);
    }

    private void tradeAt(String t, long ns, double px, double size, int[] c) {
        Trade x = new Trade();
        x.ticker = t;
        x.sipTs = ns;
        x.price = px;
        x.size = size;
        x.conditions = c;
        x.exchange = 4;
        x.tradeId = t + "-" + (++seq);
        x.sequence = seq;
        x.origin = "flatfile";
        events.add(MarketEvent.of(x));
    }

    private void quote(String t, String time, double bid, double ask, int c) {
        quoteAt(t, ns(time), bid, ask, c);
    }

    private void quoteAt(String t, long ns, double bid, double ask, int c) {
        Quote q = new Quote();
        q.ticker = t;
        q.sipTs = ns;
        q.bidPrice = bid;
        q.askPrice = ask;
        q.bidSize = 3;
        q.askSize = 4;
        q.conditions = new int[] {c};
        q.sequence = ++seq;
        q.sizeUnit = Quote.SHARES;
        q.origin = "flatfile";
        events.add(MarketEvent.of(q));
    }

    private void luld(String t, String time, double h, double l, int... i) {
        Luld x = new Luld();
        x.ticker = t;
        x.ts = ns(time);
        x.upper = h;
        x.lower = l;
        x.indicators = i;
        x.sequence = ++seq;
        x.origin = "ws";
        events.add(MarketEvent.of(x));
    }

    private void aggregate(String t, String minute, double o, double h, double l, double c, double v, long n) {
        Aggregate a = new Aggregate();
        a.ticker = t;
        a.timeframe = Aggregate.MINUTE;
        a.startMs = TradingCalendar.atEastern(DAY, LocalTime.parse(minute));
        a.endMs = a.startMs + 60_000L;
        a.open = o;
        a.high = h;
        a.low = l;
        a.close = c;
        a.volume = v;
        a.trades = n;
        a.origin = "flatfile";
        events.add(MarketEvent.of(a));
    }

    private void news(String id, String time, String... tickers) {
        News n = new News();
        n.id = id;
        n.source = News.POLYGON;
        n.publishedUtc = TradingCalendar.atEastern(DAY, LocalTime.parse(time));
        n.title = id;
        n.tickers = tickers;
        news.add(n);
    }

    /** Event time in ns for ordering (aggregates: the end of their window, like the pipeline). */
    static long eventNs(MarketEvent e) {
        switch (e.kind) {
            case TRADE: return e.trade.sipTs;
            case QUOTE: return e.quote.sipTs;
            case LULD: return e.luld.ts;
            default: return e.aggregate.endMs * 1_000_000L - 1;
        }
    }

    private static long seqOf(MarketEvent e) {
        switch (e.kind) {
            case TRADE: return e.trade.sequence;
            case QUOTE: return e.quote.sequence;
            case LULD: return e.luld.sequence;
            default: return 0;
        }
    }
}
