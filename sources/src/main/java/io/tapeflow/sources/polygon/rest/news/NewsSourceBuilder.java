package io.tapeflow.sources.polygon.rest.news;

import io.tapeflow.sources.model.News;
import io.tapeflow.sources.polygon.rest.NewsQuery;
import io.tapeflow.sources.polygon.rest.PolygonRestClientFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds a {@link NewsSource}: one split per vendor (× ticker when tickers are given). */
public final class NewsSourceBuilder {
    private PolygonRestClientFactory clients;
    private String[] vendors = {News.POLYGON};
    private String[] tickers;
    private Instant from;
    private Instant to;
    private Duration pollEvery;
    private Duration lookback = Duration.ofMinutes(10);
    private int pageSize = 1000;

    NewsSourceBuilder() {}

    /**
     * @param clients builds one REST client per reader
     * @return this builder
     */
    public NewsSourceBuilder clients(PolygonRestClientFactory clients) {
        this.clients = clients;
        return this;
    }

    /**
     * @param vendors {@link News#POLYGON} and/or {@link News#BENZINGA}
     * @return this builder
     */
    public NewsSourceBuilder vendors(String... vendors) {
        this.vendors = vendors.clone();
        return this;
    }

    /**
     * @param tickers one feed per ticker; none = all news
     * @return this builder
     */
    public NewsSourceBuilder tickers(String... tickers) {
        this.tickers = tickers.length == 0 || Arrays.asList(tickers).contains("*") ? null : tickers.clone();
        return this;
    }

    /**
     * Bounded mode: items published in {@code [from, to]}.
     *
     * @return this builder
     */
    public NewsSourceBuilder publishedBetween(Instant from, Instant to) {
        this.from = from;
        this.to = to;
        return this;
    }

    /**
     * Unbounded mode starts here (use with {@link #pollEvery}).
     *
     * @return this builder
     */
    public NewsSourceBuilder startingAt(Instant from) {
        this.from = from;
        this.to = null;
        return this;
    }

    /**
     * @param interval poll period of the unbounded mode
     * @return this builder
     */
    public NewsSourceBuilder pollEvery(Duration interval) {
        this.pollEvery = interval;
        return this;
    }

    /**
     * @param lookback how far before the newest item each poll looks again, for items filed late
     * @return this builder
     */
    public NewsSourceBuilder lookback(Duration lookback) {
        this.lookback = lookback;
        return this;
    }

    /**
     * @param pageSize {@code limit} per request
     * @return this builder
     */
    public NewsSourceBuilder pageSize(int pageSize) {
        this.pageSize = pageSize;
        return this;
    }

    public NewsSource build() {
        if (clients == null) throw new IllegalStateException("news source needs a client factory");
        if (from == null) throw new IllegalStateException("news source needs a start (publishedBetween or startingAt)");
        boolean unbounded = to == null;
        if (unbounded && (pollEvery == null || pollEvery.isZero() || pollEvery.isNegative())) {
            throw new IllegalStateException("an unbounded news source needs a positive poll interval");
        }
        if (!unbounded && to.isBefore(from)) throw new IllegalStateException("news window ends before it starts");
        List<NewsSplit> splits = new ArrayList<>();
        for (String v : vendors) {
            for (String t : tickers == null ? new String[] {null} : tickers) {
                long toMs = unbounded ? NewsQuery.OPEN_END : to.toEpochMilli();
                splits.add(NewsSplit.fresh(new NewsQuery(v, from.toEpochMilli(), toMs, t, pageSize)));
            }
        }
        return new NewsSource(clients, splits, unbounded, unbounded ? pollEvery.toMillis() : 0L, lookback.toMillis());
    }
}
