package io.tapeflow.jobs.enrich;

import io.tapeflow.sources.model.Gap;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.rest.PolygonRestClient;
import io.tapeflow.sources.polygon.rest.PolygonRestClientFactory;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.async.ResultFuture;
import org.apache.flink.streaming.api.functions.async.RichAsyncFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Async I/O step of gap repair: each opened gap comes out as itself (revision n), the REST minute aggregates of its
 * window and tickers, and revision n+1 saying whether it was repaired. Without a REST client (a mode without REST)
 * the gap passes through unchanged, so every mode has the same operator.
 */
public class GapRepairFunction extends RichAsyncFunction<GapRepairRequest, MarketEvent> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(GapRepairFunction.class);

    private final PolygonRestClientFactory clients;
    private final EnrichmentOptions options;
    private transient PolygonRestClient client;
    private transient ExecutorService workers;
    private transient GapRepairer repairer;
    private transient Counter repaired;
    private transient Counter unrepaired;

    /** @param clients REST clients, or null when the mode has no REST access */
    public GapRepairFunction(PolygonRestClientFactory clients, EnrichmentOptions options) {
        this.clients = clients;
        this.options = options;
    }

    @Override
    public void open(OpenContext openContext) {
        repaired = getRuntimeContext().getMetricGroup().counter("gapsRepaired");
        unrepaired = getRuntimeContext().getMetricGroup().counter("gapsNotRepaired");
        if (clients == null) return;
        client = clients.create();
        workers = RestWorkers.create("gap-repair", options.requestThreads);
        repairer = new GapRepairer(client, options.maxTickersPerGap);
    }

    @Override
    public void asyncInvoke(GapRepairRequest request, ResultFuture<MarketEvent> result) {
        Gap gap = request.gap;
        if (repairer == null) {
            result.complete(List.of(MarketEvent.of(gap)));
            return;
        }
        CompletableFuture.supplyAsync(() -> repairer.repair(gap, request.tickers, System.currentTimeMillis()), workers)
                .whenComplete((events, error) -> {
                    List<MarketEvent> out = error == null ? events : List.of(MarketEvent.of(gap),
                            MarketEvent.of(GapRepairer.unrepaired(gap, "not repaired: " + error.getClass().getSimpleName())));
                    count(out.get(out.size() - 1).gap);
                    result.complete(out);
                });
    }

    @Override
    public void timeout(GapRepairRequest request, ResultFuture<MarketEvent> result) {
        Gap gap = request.gap;
        Gap late = GapRepairer.unrepaired(gap, "not repaired: REST repair timed out after "
                + options.gapTimeoutMs / 1000 + " s");
        count(late);
        result.complete(List.of(MarketEvent.of(gap), MarketEvent.of(late)));
    }

    private void count(Gap last) {
        if (last.repaired) {
            repaired.inc();
        } else {
            unrepaired.inc();
            LOG.warn("Gap {} [{}, {}] {}", last.feed, last.startTs, last.endTs, last.repairNote);
        }
    }

    @Override
    public void close() throws Exception {
        if (workers != null) workers.shutdownNow();
        if (client != null) client.close();
    }
}
