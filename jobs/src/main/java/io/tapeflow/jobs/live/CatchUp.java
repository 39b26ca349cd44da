package io.tapeflow.jobs.live;

import io.tapeflow.jobs.serialization.MarketEventSerializer;
import io.tapeflow.jobs.OperatorUids;
import io.tapeflow.jobs.pipeline.Watermarks;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.flatfiles.FlatFileSource;
import io.tapeflow.sources.polygon.rest.PolygonRestClientFactory;
import io.tapeflow.sources.polygon.rest.aggs.RestAggregatesSource;
import io.tapeflow.sources.polygon.websocket.PolygonWebSocketSource;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.connector.base.source.hybrid.HybridSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * {@code live --catch-up-from}: history (flat files, or REST minute aggregates of the listed tickers), then the live
 * WebSocket, as one {@link HybridSource} in one STREAMING job, so RVOL baselines, day totals and halt state are warm
 * when the feed starts.
 *
 * <p>Ordering: the semantics keep the live settings ({@code advanceOnWatermark = true}). History is sorted by ticker,
 * so it must not move the watermark ({@link Watermarks#catchUp()} ignores flat-file and REST events): tickers advance through
 * history by their own events ({@code keyLagMs}), a halted ticker's deadlines fire at its next event, and the first
 * live events start the watermark. That needs each ticker's history to arrive in time order, which holds for ONE
 * dataset read by ONE reader in day order (the hybrid source runs at parallelism 1, like the WebSocket source); with
 * two datasets a ticker's quotes would come after its whole day of trades and be late. Hence one catch-up dataset:
 * {@code trades} (bars, day volume, RVOL history, computed bands) or {@code minute_aggs} (cheaper, bars only). REST
 * history is minute aggregates too: its splits go chunk after chunk of the range (the tickers within each), and the
 * one reader takes them in order, so each ticker's history still arrives in time order.
 *
 * <p>Savepoints: the hybrid source has its own uid ({@link OperatorUids#SOURCE_CATCH_UP}); every other operator keeps
 * the live uids. Resume a catch-up job with the same {@code --catch-up-*} options and {@code --savepoint}: the
 * restored hybrid source continues where it was (history or live) without listing history again. A plain
 * {@code live --savepoint} of a catch-up savepoint finds no operator for the hybrid source's state and is refused by
 * Flink unless unclaimed state is allowed.
 *
 * <p>Between the last history day and the first live event there is a gap (today before the job started): start the
 * catch-up before the open, or let gap repair fill it.
 */
public final class CatchUp {
    private CatchUp() {}

    /**
     * The hybrid market stream, uid {@link OperatorUids#SOURCE_CATCH_UP}.
     *
     * @param rest the REST clients when history comes from REST ({@link LiveSpec#catchUpStore} is null)
     */
    static DataStream<MarketEvent> events(StreamExecutionEnvironment env, LiveSpec spec, PolygonWebSocketSource live,
            PolygonRestClientFactory rest) {
        Source<MarketEvent, ?, ?> history = spec.catchUpStore != null ? flatFiles(spec) : restAggregates(spec, rest);
        HybridSource<MarketEvent> hybrid = HybridSource.<MarketEvent, SplitEnumerator<?, ?>>builder(history)
                .addSource(live).build();
        return env.fromSource(hybrid, Watermarks.catchUp(), OperatorUids.SOURCE_CATCH_UP_NAME,
                        MarketEventSerializer.TYPE)
                .setParallelism(1)
                .uid(OperatorUids.SOURCE_CATCH_UP)
                .name(OperatorUids.SOURCE_CATCH_UP_NAME);
    }

    private static FlatFileSource flatFiles(LiveSpec spec) {
        return FlatFileSource.builder()
                .store(spec.catchUpStore)
                .datasets(spec.catchUpDataset)
                .dateRange(spec.catchUpFrom, spec.catchUpTo)
                .tickers(spec.tickersFile != null ? new String[] {"*"} : spec.tickers)
                .build();
    }

    private static RestAggregatesSource restAggregates(LiveSpec spec, PolygonRestClientFactory rest) {
        if (rest == null) {
            throw new IllegalStateException("REST catch-up needs a REST URL and an API key");
        }
        return RestAggregatesSource.builder()
                .clients(rest)
                .tickers(spec.tickers)
                .dateRange(spec.catchUpFrom, spec.catchUpTo)
                .build();
    }
}
