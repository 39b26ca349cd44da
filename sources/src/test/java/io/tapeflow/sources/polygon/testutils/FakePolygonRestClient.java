package io.tapeflow.sources.polygon.testutils;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.TickerDetails;
import io.tapeflow.sources.model.Trade;
import io.tapeflow.sources.polygon.rest.AggregatesQuery;
import io.tapeflow.sources.polygon.rest.NewsQuery;
import io.tapeflow.sources.polygon.rest.PolygonRestClient;
import io.tapeflow.sources.polygon.rest.RestPage;
import io.tapeflow.sources.polygon.rest.TicksQuery;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A hand-written in-memory {@link PolygonRestClient}: canned aggregate pages per (query, cursor) or minute bars per
 * ticker, synthetic ticker details, a news function answering each poll from the requested window, refusals and
 * outages; every call is recorded (thread-safe: async I/O calls from several threads).
 */
public class FakePolygonRestClient implements PolygonRestClient {
    public final List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, RestPage<Aggregate>> aggregatePages = new HashMap<>();
    private final Map<String, List<Aggregate>> barsByTicker = new HashMap<>();
    private final java.util.Set<String> failingTickers = new java.util.HashSet<>();
    private int refuseWith;
    private Function<NewsQuery, List<News>> newsFeed = q -> List.of();
    private final java.util.Set<String> refusedNewsVendors = new java.util.HashSet<>();

    public static String aggsKey(AggregatesQuery q, String cursor) {
        return q + "|" + cursor;
    }

    public FakePolygonRestClient aggregatesPage(AggregatesQuery q, String cursor, RestPage<Aggregate> page) {
        aggregatePages.put(aggsKey(q, cursor), page);
        return this;
    }

    /** Every aggregates call for {@code ticker} without a canned page answers these minutes, one page. */
    public FakePolygonRestClient bars(String ticker, Aggregate... minutes) {
        barsByTicker.put(ticker, List.of(minutes));
        return this;
    }

    /** Every aggregates and details call for {@code ticker} fails as after exhausted retries. */
    public FakePolygonRestClient failing(String ticker) {
        failingTickers.add(ticker);
        return this;
    }

    /** Every aggregates and details call is refused with {@code status} (401/403). */
    public FakePolygonRestClient refusing(int status) {
        refuseWith = status;
        return this;
    }

    private void check(String call, String ticker) throws IOException {
        calls.add(call);
        if (refuseWith != 0) throw new io.tapeflow.sources.polygon.rest.PolygonAuthException("refused", refuseWith);
        if (failingTickers.contains(ticker)) throw new IOException("retries exhausted for " + ticker);
    }

    /** Answers news polls: the items the function returns for the query, one page. */
    public FakePolygonRestClient news(Function<NewsQuery, List<News>> feed) {
        this.newsFeed = feed;
        return this;
    }

    @Override
    public RestPage<Aggregate> aggregates(AggregatesQuery query, String cursor) throws IOException {
        check("aggs " + query + (cursor == null ? "" : " cursor=" + cursor), query.ticker);
        RestPage<Aggregate> page = aggregatePages.get(aggsKey(query, cursor));
        return page != null ? page : new RestPage<>(barsByTicker.getOrDefault(query.ticker, List.of()), List.of(), null);
    }

    private int newsOutages;

    /** The next {@code n} news calls fail as after exhausted retries. */
    public FakePolygonRestClient newsOutage(int n) {
        newsOutages = n;
        return this;
    }

    /** News of {@code vendor} answers 403 (a plan without it). */
    public FakePolygonRestClient refuseNews(String vendor) {
        refusedNewsVendors.add(vendor);
        return this;
    }

    @Override
    public RestPage<News> news(NewsQuery query, String cursor) throws IOException {
        calls.add("news " + query.vendor + " from=" + query.fromMs);
        if (refusedNewsVendors.contains(query.vendor)) {
            throw new io.tapeflow.sources.polygon.rest.PolygonAuthException("not entitled", 403);
        }
        if (newsOutages > 0) {
            newsOutages--;
            throw new io.tapeflow.sources.polygon.rest.PolygonRestException("failed after 4 attempts", 503, null);
        }
        return new RestPage<>(newsFeed.apply(query), List.of(), null);
    }

    @Override
    public RestPage<Trade> trades(TicksQuery query, String cursor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public RestPage<Quote> quotes(TicksQuery query, String cursor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public RestPage<TickerDetails> tickerDetails(String ticker, LocalDate asOf) throws IOException {
        check("ticker " + ticker + " " + asOf, ticker);
        TickerDetails d = new TickerDetails();
        d.ticker = ticker;
        d.name = ticker + " Inc.";
        d.asOf = asOf.toString();
        return new RestPage<>(List.of(d), List.of(), null);
    }

    @Override
    public void close() {}

    public static Aggregate bar(String ticker, long startMs) {
        return minute(ticker, startMs, 100);
    }

    /** A flat REST minute bar of {@code volume} shares at 10. */
    public static Aggregate minute(String ticker, long startMs, double volume) {
        Aggregate a = new Aggregate();
        a.ticker = ticker;
        a.timeframe = Aggregate.MINUTE;
        a.startMs = startMs;
        a.endMs = startMs + 60_000;
        a.open = a.high = a.low = a.close = 10;
        a.volume = volume;
        a.origin = "rest";
        return a;
    }

    public static News news(String id, long publishedMs) {
        News n = new News();
        n.id = id;
        n.source = News.POLYGON;
        n.publishedUtc = publishedMs;
        n.title = "t" + id;
        return n;
    }
}
