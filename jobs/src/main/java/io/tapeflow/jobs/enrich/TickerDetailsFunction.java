package io.tapeflow.jobs.enrich;

import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.model.TickerDetails;
import io.tapeflow.sources.polygon.rest.PolygonAuthException;
import io.tapeflow.sources.polygon.rest.PolygonRestClient;
import io.tapeflow.sources.polygon.rest.PolygonRestClientFactory;
import io.tapeflow.sources.polygon.rest.RestPage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.async.ResultFuture;
import org.apache.flink.streaming.api.functions.async.RichAsyncFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Async I/O lookup of {@code /v3/reference/tickers/{ticker}} as of the request's day, behind a per-subtask cache
 * refreshed daily (an entry serves only its own {@code as_of} day), so a ticker is fetched at most once per trading
 * day per subtask even when requests repeat (a restart). Without a REST client nothing is looked up.
 */
public class TickerDetailsFunction extends RichAsyncFunction<TickerRequest, TickerLookup> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(TickerDetailsFunction.class);
    private static final int CACHE_SIZE = 50_000;

    private final PolygonRestClientFactory clients;
    private final EnrichmentOptions options;
    private transient PolygonRestClient client;
    private transient ExecutorService workers;
    private transient Map<String, TickerDetails> cache;
    private transient volatile boolean refused;
    private transient Counter fetched;

    /** @param clients REST clients, or null when the mode has no REST access */
    public TickerDetailsFunction(PolygonRestClientFactory clients, EnrichmentOptions options) {
        this.clients = clients;
        this.options = options;
    }

    @Override
    public void open(OpenContext openContext) {
        fetched = getRuntimeContext().getMetricGroup().counter("tickerDetailsFetched");
        cache = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TickerDetails> eldest) {
                return size() > CACHE_SIZE;
            }
        };
        if (clients == null) return;
        client = clients.create();
        workers = RestWorkers.create("ticker-details", options.requestThreads);
    }

    @Override
    public void asyncInvoke(TickerRequest r, ResultFuture<TickerLookup> result) {
        TickerDetails hit = cached(r);
        if (hit != null) {
            result.complete(List.of(TickerLookup.of(hit)));
            return;
        }
        if (client == null || refused) {
            result.complete(List.of());
            return;
        }
        CompletableFuture.supplyAsync(() -> fetch(r), workers).whenComplete((out, error) ->
                result.complete(error == null ? out : List.of(failure(r, error.toString()))));
    }

    private List<TickerLookup> fetch(TickerRequest r) {
        TickerDetails hit = cached(r); // an identical request may have been answered while this one queued
        if (hit != null) return List.of(TickerLookup.of(hit));
        RestPage<TickerDetails> page;
        try {
            page = client.tickerDetails(r.ticker, LocalDate.parse(r.day));
        } catch (PolygonAuthException e) {
            if (!refused) LOG.warn("Ticker details disabled: REST refused /v3/reference/tickers (HTTP {})", e.httpStatus());
            refused = true;
            return List.of();
        } catch (IOException e) {
            return List.of(failure(r, e.getMessage()));
        }
        fetched.inc();
        List<TickerLookup> out = new ArrayList<>();
        for (TickerDetails d : page.items()) {
            synchronized (cache) {
                cache.put(d.ticker, d);
            }
            out.add(TickerLookup.of(d));
        }
        for (Reject j : page.rejects()) out.add(TickerLookup.of(j));
        return out;
    }

    private TickerDetails cached(TickerRequest r) {
        synchronized (cache) {
            TickerDetails d = cache.get(r.ticker);
            return d != null && r.day.equals(d.asOf) ? d : null;
        }
    }

    private static TickerLookup failure(TickerRequest r, String why) {
        return TickerLookup.of(Reject.of("rest", "GET /v3/reference/tickers/" + r.ticker, "ticker lookup failed: " + why, ""));
    }

    @Override
    public void timeout(TickerRequest r, ResultFuture<TickerLookup> result) {
        result.complete(List.of(failure(r, "timed out after " + options.tickerTimeoutMs / 1000 + " s")));
    }

    @Override
    public void close() throws Exception {
        if (workers != null) workers.shutdownNow();
        if (client != null) client.close();
    }
}
