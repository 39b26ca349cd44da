package io.tapeflow.jobs.pipeline;

import io.tapeflow.jobs.OperatorUids;
import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.Gap;
import io.tapeflow.sources.model.Luld;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.model.Trade;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The one operator graph behind {@code live}, {@code backfill}, {@code demo} and the tests: sources and sinks are
 * arguments, operators and their uids are fixed here, so every mode builds the same graph and a savepoint taken in
 * one restores in another.
 */
public final class TapeflowPipeline {
    private TapeflowPipeline() {}

    /**
     * Wires the graph.
     *
     * @param events the market stream, already carrying event timestamps and watermarks (see {@link Watermarks})
     * @param news news items, or null when the mode has no news source
     * @param outputs where datasets go
     * @param settings what to write
     */
    public static void build(DataStream<MarketEvent> events, DataStream<News> news, Outputs outputs,
            PipelineSettings settings) {
        SingleOutputStreamOperator<Trade> trades = events.process(new RouteByKind())
                .uid(OperatorUids.ROUTE_BY_KIND)
                .name(OperatorUids.ROUTE_BY_KIND_NAME);
        DataStream<Quote> quotes = trades.getSideOutput(RouteByKind.QUOTES);
        DataStream<Luld> luld = trades.getSideOutput(RouteByKind.LULD);
        DataStream<Aggregate> aggregates = trades.getSideOutput(RouteByKind.AGGREGATES);
        DataStream<Gap> gaps = trades.getSideOutput(RouteByKind.GAPS);
        DataStream<Reject> rejects = trades.getSideOutput(RouteByKind.REJECTS);

        if (settings.archiveRaw) {
            outputs.write(Datasets.TRADES, trades, Trade.class);
            outputs.write(Datasets.QUOTES, quotes, Quote.class);
            outputs.write(Datasets.LULD, luld, Luld.class);
        }
        outputs.write(Datasets.GAPS, gaps, Gap.class);
        if (news != null) {
            outputs.write(Datasets.NEWS, news, News.class);
        }
        outputs.write(Datasets.REJECTS, rejects, Reject.class);
    }
}
