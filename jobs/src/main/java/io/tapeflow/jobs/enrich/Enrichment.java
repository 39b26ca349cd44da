package io.tapeflow.jobs.enrich;

import io.tapeflow.jobs.OperatorUids;
import io.tapeflow.jobs.pipeline.RouteByKind;
import io.tapeflow.sources.model.Gap;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.TickerDetails;
import io.tapeflow.sources.model.Trade;
import io.tapeflow.sources.polygon.rest.PolygonRestClientFactory;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.AsyncDataStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The REST enrichment steps of the pipeline, built the same in every mode (without a REST client they pass gaps
 * through and look nothing up), each with a uid from {@link OperatorUids}.
 */
public final class Enrichment {
    private Enrichment() {}

    /**
     * Gap repair: opened gaps in, a stream routed by kind out: trades none, {@link RouteByKind#GAPS} every revision
     * of every gap (opened, then repaired or not, in that order), {@link RouteByKind#AGGREGATES} the REST minute
     * aggregates of the windows (for the bar builder), {@link RouteByKind#REJECTS} undecodable REST items.
     */
    public static SingleOutputStreamOperator<Trade> repairGaps(DataStream<Gap> gaps,
            DataStream<TickerRequest> tickersSeen, PolygonRestClientFactory rest, EnrichmentOptions opts) {
        DataStream<GapRepairRequest> requests = gaps.connect(tickersSeen.broadcast(GapTickers.SEEN))
                .process(new GapTickers()).returns(Types.POJO(GapRepairRequest.class))
                .uid(OperatorUids.GAP_REPAIR_TICKERS).name(OperatorUids.GAP_REPAIR_TICKERS_NAME);
        // unordered: a repair's own events keep their order (one completion), and gaps are independent
        DataStream<MarketEvent> repairs = AsyncDataStream.unorderedWait(requests, new GapRepairFunction(rest, opts),
                        opts.gapTimeoutMs, TimeUnit.MILLISECONDS, opts.gapCapacity)
                .returns(Types.POJO(MarketEvent.class))
                .uid(OperatorUids.GAP_REPAIR).name(OperatorUids.GAP_REPAIR_NAME);
        return repairs.process(new RouteByKind()).uid(OperatorUids.GAP_REPAIR_ROUTE)
                .name(OperatorUids.GAP_REPAIR_ROUTE_NAME);
    }

    /** Each ticker once per trading day it trades (first trade of the day, deduplicated by ticker in keyed state). */
    public static DataStream<TickerRequest> tickersPerDay(DataStream<Trade> trades) {
        // at the trades' parallelism the pre-filter chains to the router: trades never cross the network for it
        return trades.flatMap(new FirstTickerOfDay()).returns(Types.POJO(TickerRequest.class))
                .setParallelism(trades.getParallelism())
                .uid(OperatorUids.TICKERS_FIRST_OF_DAY).name(OperatorUids.TICKERS_FIRST_OF_DAY_NAME)
                .keyBy(r -> r.ticker, Types.STRING)
                .process(new TickerDayDedup()).returns(Types.POJO(TickerRequest.class))
                .uid(OperatorUids.TICKERS_DEDUP).name(OperatorUids.TICKERS_DEDUP_NAME);
    }

    /**
     * Ticker details: one lookup per {@link #tickersPerDay} request; the main output is the {@code tickers} dataset, {@link TickerLookupSplit#REJECTS} failed lookups.
     */
    public static SingleOutputStreamOperator<TickerDetails> tickerDetails(DataStream<TickerRequest> requests,
            PolygonRestClientFactory rest, EnrichmentOptions opts) {
        // capacity above the ticker universe: a session start must queue lookups, never backpressure the market
        DataStream<TickerLookup> lookups = AsyncDataStream.unorderedWait(requests,
                        new TickerDetailsFunction(rest, opts), opts.tickerTimeoutMs, TimeUnit.MILLISECONDS,
                        opts.tickerCapacity)
                .returns(Types.POJO(TickerLookup.class))
                .uid(OperatorUids.TICKERS_LOOKUP).name(OperatorUids.TICKERS_LOOKUP_NAME);
        return lookups.process(new TickerLookupSplit()).returns(Types.POJO(TickerDetails.class))
                .uid(OperatorUids.TICKERS_LOOKUP_SPLIT).name(OperatorUids.TICKERS_LOOKUP_SPLIT_NAME);
    }
}
