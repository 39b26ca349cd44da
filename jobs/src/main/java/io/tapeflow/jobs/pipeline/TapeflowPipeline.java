package io.tapeflow.jobs.pipeline;

import io.tapeflow.jobs.OperatorUids;
import io.tapeflow.jobs.mapping.Datasets;
import io.tapeflow.jobs.semantics.MarketSemantics;
import io.tapeflow.jobs.semantics.SemanticsStreams;
import io.tapeflow.sources.model.Gap;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.News;
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
     * @param news news items (an empty stream when the mode has no news source, so the graph never changes)
     * @param outputs where datasets go
     * @param settings what to write and the market-semantics settings
     * @return the derived streams, for callers that observe them (status lines, tests)
     */
    public static SemanticsStreams build(DataStream<MarketEvent> events, DataStream<News> news, Outputs outputs,
            PipelineSettings settings) {
        // At the source's parallelism the router chains to it: the MarketEvent union (a POJO of seven nested
        // POJOs, expensive to deserialize) never crosses the network, only the typed records do.
        SingleOutputStreamOperator<Trade> trades = events.process(new RouteByKind())
                .setParallelism(events.getParallelism())
                .uid(OperatorUids.ROUTE_BY_KIND)
                .name(OperatorUids.ROUTE_BY_KIND_NAME);
        if (settings.archiveRaw) {
            outputs.write(Datasets.TRADES, trades);
            outputs.write(Datasets.QUOTES, trades.getSideOutput(RouteByKind.QUOTES));
            outputs.write(Datasets.LULD, trades.getSideOutput(RouteByKind.LULD));
        }

        // Semantics read the union stream itself: one input keeps each ticker's events in source order, which a
        // ticker-sorted backfill relies on (see EventSequencer).
        SemanticsStreams semantics = MarketSemantics.apply(events, news, settings.semantics);
        outputs.write(Datasets.BARS, semantics.bars());
        outputs.write(Datasets.HALTS, semantics.halts());

        DataStream<Gap> gaps = trades.getSideOutput(RouteByKind.GAPS);
        outputs.write(Datasets.GAPS, gaps);
        outputs.write(Datasets.NEWS, news);
        DataStream<Reject> rejects = trades.getSideOutput(RouteByKind.REJECTS).union(semantics.rejects());
        outputs.write(Datasets.REJECTS, rejects);
        return semantics;
    }
}
