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
 * A hand-written in-memory {@link PolygonRestClient}: canned aggregate pages per (query, cursor) and a news function
 * answering each poll from the requested window; every call is recorded.
 */
public final class FakePolygonRestClient implements PolygonRestClient {
    public final List<String> calls = new ArrayList<>();
    private final Map<String, RestPage<Aggregate>> aggregatePages = new HashMap<>();
    private Function<NewsQuery, List<News>> newsFeed = q -> List.of();

    public static String aggsKey(AggregatesQuery q, String cursor) {
        return q + "|" + cursor;
    }

    public FakePolygonRestClient aggregatesPage(AggregatesQuery q, String cursor, RestPage<Aggregate> page) {
        aggregatePages.put(aggsKey(q, cursor), page);
        return this;
    }

    /** Answers news polls: the items the function returns for the query, one page. */
    public FakePolygonRestClient news(Function<NewsQuery, List<News>> feed) {
        this.newsFeed = feed;
        return this;
    }

    @Override
    public RestPage<Aggregate> aggregates(AggregatesQuery query, String cursor) throws IOException {
        calls.add("aggs " + aggsKey(query, cursor));
        RestPage<Aggregate> page = aggregatePages.get(aggsKey(query, cursor));
        if (page == null) throw new IOException("fake has no page for " + aggsKey(query, cursor));
        return page;
    }

    @Override
    public RestPage<News> news(NewsQuery query, String cursor) {
        calls.add("news " + query.vendor + " from=" + query.fromMs);
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
    public RestPage<TickerDetails> tickerDetails(String ticker, LocalDate asOf) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {}

    public static Aggregate bar(String ticker, long startMs) {
        Aggregate a = new Aggregate();
        a.ticker = ticker;
        a.timeframe = Aggregate.MINUTE;
        a.startMs = startMs;
        a.endMs = startMs + 60_000;
        a.open = a.high = a.low = a.close = 10;
        a.volume = 100;
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
