package io.tapeflow.jobs.mapping;

import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.model.Halt;
import io.tapeflow.sources.model.Gap;
import io.tapeflow.sources.model.Luld;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.model.TickerDetails;
import io.tapeflow.sources.model.Trade;

import java.time.Instant;

/** Realistic records of every dataset: {@code full*} has every field set, {@code sparse*} leaves what may be absent. */
final class SampleRecords {
    private SampleRecords() {}

    /** 2024-06-14 20:00:00 EDT: Friday evening in New York, already Saturday in UTC. */
    static final long FRI_8PM_ET_MS = Instant.parse("2024-06-15T00:00:00Z").toEpochMilli();
    static final long FRI_8PM_ET_NS = FRI_8PM_ET_MS * 1_000_000L;
    /** 2024-06-14 09:30:00 EDT, the open. */
    static final long FRI_OPEN_MS = Instant.parse("2024-06-14T13:30:00Z").toEpochMilli();
    static final long FRI_OPEN_NS = FRI_OPEN_MS * 1_000_000L;

    static Trade fullTrade() {
        Trade t = new Trade();
        t.ticker = "AAPL";
        t.sipTs = FRI_8PM_ET_NS + 123;
        t.participantTs = FRI_8PM_ET_NS;
        t.trfTs = FRI_8PM_ET_NS + 50;
        t.exchange = 4;
        t.tradeId = "52983525029461";
        t.price = 212.49;
        t.size = 0.5;
        t.conditions = new int[] {12, 37};
        t.tape = 3;
        t.sequence = 1063;
        t.trfId = 201;
        t.correction = 0;
        t.origin = "ws";
        return t;
    }

    /** A WebSocket trade without participant/TRF timestamps, trade id or conditions. */
    static Trade sparseTrade() {
        Trade t = new Trade();
        t.ticker = "MSFT";
        t.sipTs = FRI_OPEN_NS;
        t.price = 440.0;
        t.size = 100;
        t.conditions = null;
        t.origin = "flatfile";
        return t;
    }

    static Quote fullQuote() {
        Quote q = new Quote();
        q.ticker = "AAPL";
        q.sipTs = FRI_OPEN_NS;
        q.participantTs = FRI_OPEN_NS - 10;
        q.bidPrice = 212.4;
        q.bidSize = 3;
        q.bidExchange = 12;
        q.askPrice = 212.5;
        q.askSize = 2;
        q.askExchange = 11;
        q.conditions = new int[] {1};
        q.indicators = new int[] {604};
        q.tape = 3;
        q.sequence = 99;
        q.sizeUnit = Quote.ROUND_LOTS;
        q.origin = "ws";
        return q;
    }

    static Luld fullLuld() {
        Luld l = new Luld();
        l.ticker = "GME";
        l.ts = FRI_OPEN_NS;
        l.upper = 31.5;
        l.lower = 28.5;
        l.indicators = new int[] {17};
        l.tape = 1;
        l.sequence = 7;
        l.origin = "ws";
        return l;
    }

    static Bar fullBar(int revision) {
        Bar b = new Bar();
        b.ticker = "AAPL";
        b.timeframe = "1m";
        b.start = FRI_OPEN_MS;
        b.end = FRI_OPEN_MS + 60_000;
        b.open = 212.0;
        b.high = 213.1;
        b.low = 211.8;
        b.close = 212.9 + revision;
        b.volume = 120_000;
        b.vwap = 212.5;
        b.trades = 840;
        b.dayVolume = 900_000;
        b.dayVwap = 211.9;
        b.rvol = 1.7;
        b.tradingDay = "2024-06-14";
        b.revision = revision;
        return b;
    }

    /** A bar before any volume baseline exists and without a precomputed trading day. */
    static Bar sparseBar() {
        Bar b = fullBar(0);
        b.ticker = "NVDA";
        b.start = FRI_8PM_ET_MS - 60_000;
        b.end = FRI_8PM_ET_MS;
        b.rvol = null;
        b.tradingDay = null;
        return b;
    }

    static Halt fullHalt(int revision) {
        Halt h = new Halt();
        h.haltId = "GME:" + FRI_OPEN_NS;
        h.ticker = "GME";
        h.tradingDay = "2024-06-14";
        h.type = "LULD_PAUSE";
        h.direction = "UP";
        h.status = revision == 0 ? "HALTED" : "RESUMED";
        h.evidence = "OBSERVED";
        h.startTs = FRI_OPEN_NS;
        h.endTs = revision == 0 ? null : FRI_OPEN_NS + 300_000_000_000L;
        h.durationMs = revision == 0 ? null : 300_000L;
        h.lastPrice = 31.5;
        h.reopenPrice = revision == 0 ? null : 33.0;
        h.bandUpper = 31.5;
        h.bandLower = 28.5;
        h.haltIndexToday = 1;
        h.strengthConfirmed = revision > 1;
        h.weaknessConfirmed = false;
        h.newsIds = new String[] {"benzinga:123"};
        h.updatedAt = 1_718_371_000_000L + revision;
        h.revision = revision;
        return h;
    }

    /** A halt just opened: everything optional is null, no news. */
    static Halt sparseHalt() {
        Halt h = fullHalt(0);
        h.lastPrice = null;
        h.bandUpper = null;
        h.bandLower = null;
        h.newsIds = null;
        h.tradingDay = null;
        return h;
    }

    static News fullNews() {
        News n = new News();
        n.id = "polygon:abc123";
        n.source = News.POLYGON;
        n.publishedUtc = FRI_8PM_ET_MS;
        n.title = "Apple announces";
        n.teaser = "Short";
        n.url = "https://example.com/a";
        n.tickers = new String[] {"AAPL", "MSFT"};
        n.channels = new String[] {"tech"};
        return n;
    }

    static News sparseNews() {
        News n = fullNews();
        n.id = "benzinga:9";
        n.source = News.BENZINGA;
        n.teaser = null;
        n.url = null;
        n.channels = null;
        return n;
    }

    static TickerDetails fullTicker() {
        TickerDetails t = new TickerDetails();
        t.ticker = "AAPL";
        t.name = "Apple Inc.";
        t.primaryExchange = "XNAS";
        t.marketCap = 3.3e12;
        t.shareClassSharesOutstanding = 15.3e9;
        t.weightedSharesOutstanding = 15.2e9;
        t.type = "CS";
        t.asOf = "2024-06-14";
        return t;
    }

    /** A ticker whose reference data lacks numbers (0 in the model). */
    static TickerDetails sparseTicker() {
        TickerDetails t = new TickerDetails();
        t.ticker = "XYZW";
        t.asOf = "2024-06-14";
        return t;
    }

    static Gap fullGap(int revision) {
        Gap g = new Gap();
        g.feed = "ws:stocks:0";
        g.startTs = FRI_OPEN_NS;
        g.endTs = FRI_OPEN_NS + 2_000_000_000L;
        g.tickers = new String[] {"AAPL", "GME"};
        g.reason = "reconnect";
        g.repaired = revision > 0;
        g.repairedAt = revision > 0 ? 1_718_372_000_000L : 0;
        g.revision = revision;
        return g;
    }

    static Reject fullReject() {
        Reject r = new Reject();
        r.origin = "ws";
        r.location = "ws:stocks:0 frame 1234";
        r.reason = "unknown event type 'ZZ'";
        r.raw = "[{\"ev\":\"ZZ\"}]";
        r.seenAt = FRI_8PM_ET_MS + 5;
        r.eventTimeMs = FRI_OPEN_MS;
        return r;
    }

    /** Undecodable input: no event time, so it is partitioned by when it was seen. */
    static Reject sparseReject() {
        Reject r = fullReject();
        r.raw = "not json";
        r.eventTimeMs = 0;
        return r;
    }
}
