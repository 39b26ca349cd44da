package io.tapeflow.jobs.enrich;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.TickerDetails;
import io.tapeflow.sources.model.Trade;
import io.tapeflow.sources.polygon.rest.AggregatesQuery;
import io.tapeflow.sources.polygon.rest.NewsQuery;
import io.tapeflow.sources.polygon.rest.PolygonAuthException;
import io.tapeflow.sources.polygon.rest.PolygonRestClient;
import io.tapeflow.sources.polygon.rest.RestPage;
import io.tapeflow.sources.polygon.rest.TicksQuery;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A hand-written in-memory REST client: minute bars and details per ticker, refusals and failures; calls recorded. */
class FakeRestClient implements PolygonRestClient {
    final List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, List<Aggregate>> bars = new HashMap<>();
    private final Set<String> failing = new HashSet<>();
    private int refuseWith;

    FakeRestClient bars(String ticker, Aggregate... minutes) {
        bars.put(ticker, List.of(minutes));
        return this;
    }

    /** Every call for {@code ticker} fails as after exhausted retries. */
    FakeRestClient failing(String ticker) {
        failing.add(ticker);
        return this;
    }

    /** Every call is refused with {@code status} (401/403). */
    FakeRestClient refusing(int status) {
        refuseWith = status;
        return this;
    }

    private void check(String call, String ticker) throws IOException {
        calls.add(call);
        if (refuseWith != 0) throw new PolygonAuthException("refused", refuseWith);
        if (failing.contains(ticker)) throw new IOException("retries exhausted for " + ticker);
    }

    @Override
    public RestPage<Aggregate> aggregates(AggregatesQuery q, String cursor) throws IOException {
        check("aggs " + q, q.ticker);
        return new RestPage<>(bars.getOrDefault(q.ticker, List.of()), List.of(), null);
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
    public RestPage<News> news(NewsQuery query, String cursor) {
        throw new UnsupportedOperationException();
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
    public void close() {}

    static Aggregate minute(String ticker, long startMs, double volume) {
        Aggregate a = new Aggregate();
        a.ticker = ticker;
        a.timeframe = Aggregate.MINUTE;
        a.startMs = startMs;
        a.endMs = startMs + 60_000L;
        a.open = a.high = a.low = a.close = 10;
        a.volume = volume;
        a.origin = "rest";
        return a;
    }
}
